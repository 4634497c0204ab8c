/**
 * The story's sticky graphic: mounted into the prerendered page's sticky box, driven by where
 * the reader is (one graphic driver for every mode), and on phones fitted step by step to the
 * room each card leaves above it. enhanceStory tells it where the reader is; nothing here
 * listens to scrolling.
 */
import { afterNextFrame } from '$lib/browser/after-next-frame';
import { mount, unmount } from 'svelte';
import Graphic from '$lib/components/Graphic.svelte';
import { kindsIn, warmUpDrawings } from '$lib/charts/drawings';
import type { PreparedStep } from '$lib/charts/layers';
import type { ChartView } from '$lib/charts/types';
import type { ScrollPosition } from '$lib/scroll/active-step';
import { stepFrame } from '$lib/scroll/graphic-frame';
import { createGraphicDriver } from '$lib/scroll/graphic-driver.svelte';
import { WIDE_LAYOUT_MIN_WIDTH } from '$lib/scroll/trigger';
import type { StoryGraphicData } from './graphic-data';
import { hookSelector } from './hooks';
import { roomAboveCard, stepScenes, type StepScenes } from './step-scenes';
import { timelineStrip } from '$lib/timeline/strip-host';

export interface StoryGraphicOptions {
	data: StoryGraphicData;
	/** Svelte context for the graphic (the edition's strings). */
	context: Map<unknown, unknown>;
	reducedMotion: () => boolean;
	/** Height of the screen the cards are read on; by default the window's (a host feeds its own). */
	screenHeight?: () => number;
	/** The width the story's layout follows (the custom element's own; by default the window's). */
	layoutWidth?: () => number;
}

export interface StoryGraphic {
	/** Shows where the reader is; `stepChanged` when they entered another step. */
	show(position: ScrollPosition, stepChanged: boolean, instant?: boolean): void;
	/** Fits the charts again (the screen the cards are read on changed). */
	refit(): void;
	destroy(): void;
}

export function createStoryGraphic(root: HTMLElement, options: StoryGraphicOptions): StoryGraphic {
	const { data, context, reducedMotion, screenHeight = () => window.innerHeight, layoutWidth = () => window.innerWidth } = options;
	const sticky = root.querySelector<HTMLElement>(hookSelector('sticky'));
	const stepElements = [...root.querySelectorAll<HTMLElement>(hookSelector('step'))];
	const cleanup: (() => void)[] = [];
	let index = 0;

	// The graphic's props: plain reads of $state.raw, so a new frame is one signal write and
	// the chart data is never wrapped in proxies.
	// What each step shows: its chart state, on phones fitted to the room its card leaves (see fitToRooms).
	let scenes: StepScenes = stepScenes(data.steps, data.charts, [], 0);
	let sceneCharts = $state.raw<Record<string, ChartView>>(scenes.charts);
	// The steps either side of the reader's, as the reader would arrive in them (at the start of
	// the one ahead, at the end of the one behind): Graphic draws them while the browser is idle.
	const neighbours = (i: number): PreparedStep[] =>
		[i + 1, i - 1]
			.filter((j) => j >= 0 && j < data.steps.length)
			.map((j) => ({ ...stepFrame(scenes.ids, j, j > i ? 0 : 1), highlight: data.steps[j]?.highlight ?? [] }));
	let prepare = $state.raw<PreparedStep[]>(neighbours(0));
	// Entering a step plays its morph; the graphic is at rest on the step's state at once.
	const driver = createGraphicDriver({
		charts: () => scenes.ids,
		highlights: data.steps.map((step) => step.highlight),
		reducedMotion
	});
	cleanup.push(() => driver.destroy());

	/**
	 * Behind the text (phones), a step's card covers the bottom of the screen while it is read:
	 * at the lowest scroll position where its tallest card is whole, the chart has the room
	 * between its box's top and the card. Each step's chart is fitted to that room.
	 */
	const fitToRooms = () => {
		const body = sticky?.querySelector<HTMLElement>(hookSelector('graphicBody'));
		if (!sticky || !body) return;
		const narrow = layoutWidth() < WIDE_LAYOUT_MIN_WIDTH;
		const screen = screenHeight();
		const bodyTop = body.getBoundingClientRect().top - sticky.getBoundingClientRect().top;
		const rooms = stepElements.map((step) => {
			if (!narrow || !screen) return null;
			const tallest = Math.max(0, ...[...step.querySelectorAll<HTMLElement>('.card')].map((card) => card.offsetHeight));
			return roomAboveCard(tallest, screen, bodyTop, body.clientHeight);
		});
		const next = stepScenes(data.steps, data.charts, rooms, body.clientWidth, scenes);
		if (next.ids.every((id, i) => id === scenes.ids[i])) return;
		scenes = next;
		sceneCharts = next.charts;
		driver.redraw();
		prepare = neighbours(index);
	};
	const rooms = new ResizeObserver(() => fitToRooms());
	cleanup.push(() => rooms.disconnect());

	// Drawn in tasks of its own, after the page's script has set up: its frame and caption
	// (measuring its box), then its chart, so no task of the page's start-up is long. (Its box
	// is sized by CSS, so nothing moves.)
	let graphic: ReturnType<typeof mount> | null = null;
	let holdCharts = $state(true);
	let cancelDrawCharts = () => {};
	const drawGraphic = setTimeout(() => {
		if (!sticky) return;
		const props = {
			get frame() {
				return driver.frame;
			},
			get morph() {
				return driver.morph;
			},
			get caption() {
				return driver.caption;
			},
			get highlight() {
				return driver.highlight;
			},
			get charts() {
				return sceneCharts;
			},
			get prepare() {
				return prepare;
			},
			get holdCharts() {
				return holdCharts;
			},
			measureFirst: true,
			strip: timelineStrip(() => ({
				timeline: data.timeline,
				from: sceneCharts[driver.frame.from]?.id ?? driver.frame.from,
				to: sceneCharts[driver.frame.to]?.id ?? driver.frame.to,
				t: driver.frame.t
			}))
		};
		graphic = mount(Graphic, { target: sticky, props, context });
		// Once the frame is drawn: fitting the charts to the rooms above the cards reads the layout.
		// The chart is drawn in the task after: at 4x CPU the fit took 20-40 ms and the first drawing
		// 70-90 ms, in one long task of the page's start-up.
		let drawCharts: ReturnType<typeof setTimeout> | undefined;
		const cancelFit = afterNextFrame(() => {
			fitToRooms();
			stepElements.forEach((step) => step.querySelectorAll('.card').forEach((card) => rooms.observe(card)));
			const body = sticky.querySelector(hookSelector('graphicBody'));
			if (body) rooms.observe(body);
			drawCharts = setTimeout(() => (holdCharts = false), 0);
		});
		cancelDrawCharts = () => {
			cancelFit();
			clearTimeout(drawCharts);
		};
	}, 0);
	cleanup.push(() => cancelDrawCharts());
	cleanup.push(() => clearTimeout(drawGraphic));
	warmUpDrawings(kindsIn(data.charts));

	return {
		show(position, stepChanged, instant = false) {
			index = position.index;
			driver.moveTo(position.index, { inside: position.inside, instant });
			if (stepChanged) prepare = neighbours(position.index);
		},
		refit: fitToRooms,
		destroy() {
			cleanup.forEach((undo) => undo());
			if (graphic) void unmount(graphic);
		}
	};
}
