/**
 * Brings a prerendered story to life: the sticky graphic, the active step, the step links,
 * the text equivalents on request and the still charts for print. The story's HTML (from
 * Story.svelte) is complete without it; nothing here is needed to read the story. One code
 * path for every place the story runs: the page (not hydrated at all), the embed's feed mode
 * and the custom element (both rendered by Svelte first).
 */
import { mount, unmount } from 'svelte';
import Graphic from '$lib/components/Graphic.svelte';
import { kindsIn, warmUpDrawings } from '$lib/charts/drawings';

import { uiContext } from '$lib/i18n/context';
import type { HostViewport } from '$lib/embed/protocol';
import { activeStepAt, samePosition, type ScrollPosition } from '$lib/scroll/active-step';
import { stepFrame } from '$lib/scroll/graphic-frame';
import { createGraphicDriver } from '$lib/scroll/graphic-driver.svelte';
import type { PreparedStep } from '$lib/charts/layers';
import { createStepController, type StepController } from '$lib/scroll/step-controller';
import { triggerOffset, WIDE_LAYOUT_MIN_WIDTH } from '$lib/scroll/trigger';
import { stepScenes, type StepScenes } from './step-scenes';
import type { ChartView } from '$lib/charts/types';
import type { StoryGraphicData } from './graphic-data';
import { hookSelector } from './hooks';
import { listen, type StepChange, type StoryContext } from './enhancers/context';
import { stepMarks } from './enhancers/step-marks';
import { languageLink } from './enhancers/language-link';
import { landOnLinkedStep } from './enhancers/deep-link';
import { nextStepLinks } from './enhancers/next-step-links';
import { chartTexts } from './enhancers/chart-texts';
import { printCharts } from './enhancers/print-charts';

export interface EnhanceOptions {
	data: StoryGraphicData;
	/**
	 * Where `storystep` events go. By default window, with the step also marked on <html>.
	 * Inside a host page (the custom element): the element, leaving the host's <html> alone.
	 */
	events?: EventTarget | null;
	/** Called with the active step's id whenever the scroll position changes. */
	onposition?: (stepId: string, position: ScrollPosition) => void;
	/**
	 * In an iframe grown to its full height nothing scrolls inside: the host's viewport, passed
	 * to `setViewport`, stands in for the window, and sticky is emulated from it.
	 */
	fed?: boolean;
	/** Land on the step named in the address (`#step-<id>`). */
	deepLink?: boolean;
}

export interface EnhancedStory {
	setViewport(viewport: HostViewport): void;
	destroy(): void;
}

/** Space kept clear between a card's top and the chart above it, in pixels. */
const CARD_CLEARANCE = 12;

const START: ScrollPosition = { index: 0, progress: 0, travelled: 0, inside: false };

export function enhanceStory(root: HTMLElement, options: EnhanceOptions): EnhancedStory {
	const { data, events = null, onposition, fed = false } = options;
	const context = uiContext(data.lang);
	const stepElements = [...root.querySelectorAll<HTMLElement>(hookSelector('step'))];
	const sticky = root.querySelector<HTMLElement>(hookSelector('sticky'));
	const scrolly = root.querySelector<HTMLElement>(hookSelector('scrolly'));
	const cleanup: (() => void)[] = [];

	// Not reactive state: the enhancers that follow the steps, called in order.
	const stepListeners: ((change: StepChange) => void)[] = [];
	const story: StoryContext = {
		data,
		context,
		steps: stepElements,
		reducedMotion: () => reducedMotion,
		onStep(listener) {
			stepListeners.push(listener);
			return () => void stepListeners.splice(stepListeners.indexOf(listener), 1);
		}
	};

	let position = START;
	let reported = false;
	let controller: StepController | null = null;
	const motion = matchMedia('(prefers-reduced-motion: reduce)');
	let reducedMotion = motion.matches;

	// The graphic's props: plain reads of $state.raw, so a new frame is one signal write and
	// the chart data is never wrapped in proxies.
	// What each step shows: its chart state, on phones fitted to the room its card leaves (see measureRooms).
	let scenes: StepScenes = stepScenes(data.steps, data.charts, [], 0);
	let sceneCharts = $state.raw<Record<string, ChartView>>(scenes.charts);
	// The steps either side of the reader's, as the reader would arrive in them (at the start of
	// the one ahead, at the end of the one behind): Graphic draws them while the browser is idle.
	const neighbours = (i: number): PreparedStep[] =>
		[i + 1, i - 1]
			.filter((j) => j >= 0 && j < data.steps.length)
			.map((j) => ({ ...stepFrame(scenes.ids, j, j > i ? 0 : 1), highlight: data.steps[j]?.highlight ?? [] }));
	let prepare = $state.raw<PreparedStep[]>(neighbours(0));
	// Scrolling drives the morph while the reader moves; a timer completes it where they stop.
	const driver = createGraphicDriver({
		charts: () => scenes.ids,
		highlights: data.steps.map((step) => step.highlight),
		reducedMotion: () => reducedMotion,
		// A scroll measurement due this frame is read before the frame draws.
		beforeFrame: () => controller?.flush()
	});
	cleanup.push(() => driver.destroy());
	const redraw = (instant = false) => driver.moveTo(position.index, position.travelled, { inside: position.inside, instant });

	/**
	 * Behind the text (phones), a step's card covers the bottom of the screen while it is read:
	 * at the lowest scroll position where its tallest card is whole, the chart has the room
	 * between its box's top and the card. Each step's chart is fitted to that room.
	 */
	let viewportHeight = 0;
	const measureRooms = () => {
		const body = sticky?.querySelector<HTMLElement>(hookSelector('graphicBody'));
		if (!sticky || !body) return;
		const narrow = window.innerWidth < WIDE_LAYOUT_MIN_WIDTH;
		const screen = fed ? viewportHeight : window.innerHeight;
		const bodyTop = body.getBoundingClientRect().top - sticky.getBoundingClientRect().top;
		const rooms = stepElements.map((step) => {
			if (!narrow || !screen) return null;
			const tallest = Math.max(0, ...[...step.querySelectorAll<HTMLElement>('.card')].map((card) => card.offsetHeight));
			return Math.min(body.clientHeight, screen - tallest - CARD_CLEARANCE - bodyTop);
		});
		const next = stepScenes(data.steps, data.charts, rooms, body.clientWidth, scenes);
		if (next.ids.every((id, i) => id === scenes.ids[i])) return;
		scenes = next;
		sceneCharts = next.charts;
		driver.redraw();
		prepare = neighbours(position.index);
	};
	const rooms = new ResizeObserver(() => measureRooms());
	cleanup.push(() => rooms.disconnect());

	function applyPosition(next: ScrollPosition) {
		if (reported && samePosition(position, next)) return;
		const stepChanged = !reported || next.index !== position.index;
		const insideChanged = !reported || next.inside !== position.inside;
		reported = true;
		position = next;
		const step = data.steps[next.index];
		if (!step) return;
		redraw();
		if (stepChanged) prepare = neighbours(next.index);
		for (const listener of stepListeners) listener({ id: step.id, position: next, stepChanged, insideChanged });
		onposition?.(step.id, next);
	}

	cleanup.push(
		listen(motion, 'change', () => {
			reducedMotion = motion.matches;
			redraw(true);
		})
	);

	// The graphic is drawn in tasks of its own, after the page's script has set up: its frame
	// and caption (measuring its box), then its chart, so no task of the page's start-up is long.
	// (Its box is sized by CSS, so nothing moves.)
	let graphic: ReturnType<typeof mount> | null = null;
	let holdCharts = $state(true);
	let drawCharts: ReturnType<typeof setTimeout> | undefined;
	const drawGraphic = setTimeout(() => {
		if (!sticky) return;
		const props = {
			get frame() {
				return driver.frame;
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
			measureFirst: true
		};
		graphic = mount(Graphic, { target: sticky, props, context });
		drawCharts = setTimeout(() => {
			measureRooms();
			holdCharts = false;
			stepElements.forEach((step) => step.querySelectorAll('.card').forEach((card) => rooms.observe(card)));
			const body = sticky.querySelector(hookSelector('graphicBody'));
			if (body) rooms.observe(body);
		}, 0);
	}, 0);
	cleanup.push(() => clearTimeout(drawCharts));
	cleanup.push(() => clearTimeout(drawGraphic));
	warmUpDrawings(kindsIn(data.charts));

	// The behaviours that do not drive the graphic, each on its own (see enhancers/).
	cleanup.push(
		stepMarks(root, story, events),
		languageLink(root, story),
		nextStepLinks(root, story),
		chartTexts(root, story),
		printCharts(root, story)
	);
	if (options.deepLink) landOnLinkedStep(story);

	// Scroll observers, in a task of their own (as the graphic), unless the host feeds the viewport.
	if (fed) {
		root.classList.add('fed');
	} else {
		const start = setTimeout(() => {
			controller = createStepController(stepElements, applyPosition);
			document.fonts?.ready.then(() => controller?.refresh());
		}, 0);
		cleanup.push(() => clearTimeout(start));
	}

	return {
		// Fed by the host: measure the steps against the host's viewport, and hold the graphic
		// in view by translating it (CSSOM writes, so a strict CSP allows them).
		setViewport({ top, height }) {
			if (!sticky || !scrolly) return;
			root.style.setProperty('--viewport-height', `${height}px`);
			if (height !== viewportHeight) {
				viewportHeight = height;
				measureRooms();
			}
			const scrollyTop = scrolly.getBoundingClientRect().top + top;
			const room = scrolly.offsetHeight - height;
			sticky.style.transform = `translateY(${Math.max(0, Math.min(room, -scrollyTop))}px)`;
			const boxes = stepElements.map((el) => {
				const rect = el.getBoundingClientRect();
				return { top: rect.top + top, height: rect.height };
			});
			applyPosition(activeStepAt(boxes, height * triggerOffset(window.innerWidth), height));
		},
		destroy() {
			controller?.destroy();
			cleanup.forEach((undo) => undo());
			if (graphic) void unmount(graphic);
		}
	};
}
