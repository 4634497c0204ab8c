import { untrack } from 'svelte';
import type { ChartView } from '$lib/charts/types';
import { createGraphicDriver, type GraphicDriver } from '$lib/scroll/graphic-driver.svelte';
import { hookSelector } from '$lib/story/hooks';
import { stepScenes, type StepScenes } from '$lib/story/step-scenes';
import { whenIdle, whenIdleInTurn } from '$lib/browser/when-idle';
import { timelineStrip } from '$lib/timeline/strip-host';
import type { StoryTimeline } from '$lib/timeline/timeline';
import type { Attachment } from 'svelte/attachments';

interface FittedStep {
	chart: string;
	highlight: readonly string[];
}

/** The room each step's chart has, from the graphic's body (its box, below the title); null: not known yet. */
export type Rooms = (body: HTMLElement) => (number | null)[] | null;

export interface FittedDriver {
	driver: GraphicDriver;
	/** The charts to draw: the steps' chart states, fitted to their rooms (keys are the driver's). */
	readonly charts: Record<string, ChartView>;
	/** The chart state a drawn key shows (for the timeline strip). */
	chartOf(key: string): string;
	/** Attach to the box the graphic is drawn in: fits again whenever it changes size. */
	fit: (graphic: HTMLElement) => () => void;
	/** The timeline strip under the graphic's title, following the driver's frame. */
	strip: (timeline: StoryTimeline) => Attachment<HTMLElement>;
}

/**
 * The embed's graphic driver, with each step's chart fitted to the room the embed gives it
 * (stepScenes, as our own page fits them on phones): the stepper's fixed box, or in sticky mode
 * what the host's card leaves above it.
 */
export function createFittedDriver(
	steps: readonly FittedStep[],
	allCharts: Record<string, ChartView>,
	rooms: Rooms,
	options: {
		reducedMotion: () => boolean;
		start?: number;
		/** Reads what `rooms` depends on (reactive state), so that a change fits the charts again. */
		watch?: () => unknown;
	}
): FittedDriver {
	let scenes = $state.raw<StepScenes>(stepScenes(steps, allCharts, [], 0));
	// The room each step's chart is fitted to: while the steps are fitted again one by one, those
	// not reached yet keep their last fit (none, at first).
	const known: (number | null)[] = steps.map(() => null);
	const driver = createGraphicDriver({
		reducedMotion: options.reducedMotion,
		start: options.start,
		charts: () => scenes.ids,
		highlights: steps.map((step) => step.highlight)
	});
	const chartOf = (key: string) => scenes.charts[key]?.id ?? key;
	return {
		driver,
		get charts() {
			return scenes.charts;
		},
		chartOf,
		strip: (timeline) =>
			timelineStrip(() => ({ timeline, from: chartOf(driver.frame.from), to: chartOf(driver.frame.to), t: driver.frame.t })),
		fit(graphic) {
			// What the rooms depend on, read here: the attachment runs again when it changes.
			options.watch?.();
			// Fitting lays out a chart per step: one step per idle period, the first shown first, so
			// that it never adds up to a long task in the page's start-up (the first paint shows the
			// step's chart as it is). Again whenever the box changes size.
			const first = options.start ?? 0;
			const order = [first, ...steps.map((_, i) => i).filter((i) => i !== first)];
			let cancelJobs = () => {};
			const refit = () => {
				cancelJobs();
				const body = graphic.querySelector<HTMLElement>(hookSelector('graphicBody'));
				const fitted = body && rooms(body);
				if (!body || !fitted) return;
				const width = body.clientWidth;
				cancelJobs = whenIdleInTurn(
					order.map((i) => () => {
						known[i] = fitted[i] ?? null;
						// Only the rooms are dependencies of the attachment, not the scenes it writes.
						const previous = untrack(() => scenes);
						const next = stepScenes(steps, allCharts, known, width, previous);
						if (next.ids.every((id, j) => id === previous.ids[j])) return;
						scenes = next;
						driver.redraw();
					})
				);
			};
			let resized: ResizeObserver | undefined;
			const cancel = whenIdle(() => {
				resized = new ResizeObserver(refit);
				resized.observe(graphic);
			});
			return () => {
				cancel();
				cancelJobs();
				resized?.disconnect();
			};
		}
	};
}
