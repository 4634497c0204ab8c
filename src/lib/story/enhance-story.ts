/**
 * Brings a prerendered story to life: the sticky graphic, the active step, the step links,
 * the text equivalents on request and the still charts for print. The story's HTML (from
 * Story.svelte) is complete without it; nothing here is needed to read the story. One code
 * path for every place the story runs: the page (not hydrated at all), the embed's feed mode
 * and the custom element (both rendered by Svelte first).
 */
import { uiContext } from '$lib/i18n/context';
import type { Strings } from '$lib/i18n/strings';
import type { HostViewport } from '$lib/embed/protocol';
import { samePosition, type ScrollPosition } from '$lib/scroll/active-step';
import { createStepController, type StepController, type StoryBounds } from '$lib/scroll/step-controller';
import { afterNextFrame } from '$lib/browser/after-next-frame';
import type { StoryGraphicData } from './graphic-data';
import { hookSelector } from './hooks';
import { createStoryGraphic } from './story-graphic.svelte';
import { listen, type StepChange, type StoryContext } from './enhancers/context';
import { stepMarks } from './enhancers/step-marks';
import { languageLink } from './enhancers/language-link';
import { landOnLinkedStep } from './enhancers/deep-link';
import { nextStepLinks } from './enhancers/next-step-links';
import { chartTexts } from './enhancers/chart-texts';
import { printCharts } from './enhancers/print-charts';

export interface EnhanceOptions {
	data: StoryGraphicData;
	/** The edition's words (STRINGS[lang]), for the graphic and the components mounted beside the HTML. */
	strings: Strings;
	/**
	 * Where `storystep` events go. By default window, with the step also marked on <html>.
	 * Inside a host page (the custom element): the element, leaving the host's <html> alone.
	 */
	events?: EventTarget | null;
	/** Called with the active step's id whenever the scroll position changes. */
	onposition?: (stepId: string, position: ScrollPosition) => void;
	/**
	 * In an iframe grown to its full height nothing scrolls inside: the host's viewport, passed
	 * to `setViewport`, stands in for the window, read by this (createFedPosition, fed-viewport.ts;
	 * passed in so pages that are never fed do not ship it).
	 */
	feed?: (root: HTMLElement, viewport: HostViewport) => ScrollPosition | null;
	/**
	 * The custom element: the host page's chrome the story keeps clear of, as its `offset-top` and
	 * `offset-bottom` state it, and its own width, which its layout follows (container queries).
	 */
	bounds?: StoryBounds;
	/** Land on the step named in the address (`#step-<id>`). */
	deepLink?: boolean;
}

export interface EnhancedStory {
	setViewport(viewport: HostViewport): void;
	destroy(): void;
}

const START: ScrollPosition = { index: 0, progress: 0, travelled: 0, inside: false };

/**
 * Composes the story's parts: where the reader is (the page's scroll through the step
 * controller, or a host's viewport fed in), the sticky graphic that follows it, and the
 * enhancers that follow the steps.
 */
export function enhanceStory(root: HTMLElement, options: EnhanceOptions): EnhancedStory {
	const { data, events = null, onposition, feed, bounds = {} } = options;
	const fed = feed !== undefined;
	const context = uiContext(options.strings);
	const stepElements = [...root.querySelectorAll<HTMLElement>(hookSelector('step'))];
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
	let fedHeight = 0;
	const motion = matchMedia('(prefers-reduced-motion: reduce)');
	let reducedMotion = motion.matches;

	const graphic = createStoryGraphic(root, {
		data,
		context,
		reducedMotion: () => reducedMotion,
		// Where a card read whole at the bottom of the screen ends: above the host's bottom chrome.
		screenHeight: fed ? () => fedHeight : () => window.innerHeight - (bounds.insets?.bottom ?? 0),
		layoutWidth: bounds.layoutWidth
	});
	cleanup.push(() => graphic.destroy());

	function applyPosition(next: ScrollPosition) {
		if (reported && samePosition(position, next)) return;
		const first = !reported;
		const stepChanged = first || next.index !== position.index;
		const insideChanged = first || next.inside !== position.inside;
		reported = true;
		position = next;
		const step = data.steps[next.index];
		if (!step) return;
		// The first position lands at once: a page opened on a step shows it drawn, not morphing.
		graphic.show(next, stepChanged, first);
		for (const listener of stepListeners) listener({ id: step.id, position: next, stepChanged, insideChanged });
		onposition?.(step.id, next);
	}

	cleanup.push(
		listen(motion, 'change', () => {
			reducedMotion = motion.matches;
			graphic.show(position, false, true);
		})
	);

	// The behaviours that do not drive the graphic, each on its own (see enhancers/).
	cleanup.push(
		stepMarks(root, story, events),
		languageLink(root, story),
		nextStepLinks(root, story),
		chartTexts(root, story),
		printCharts(root, story)
	);
	if (options.deepLink) landOnLinkedStep(story);

	// Scroll observers, in a task of their own once the graphic's frame is drawn (they measure the
	// steps), unless the host feeds the viewport.
	if (fed) {
		root.classList.add('fed');
	} else {
		cleanup.push(
			afterNextFrame(() => {
				controller = createStepController(stepElements, applyPosition, bounds);
				document.fonts?.ready.then(() => controller?.refresh());
			})
		);
	}

	return {
		setViewport(viewport) {
			const next = feed?.(root, viewport) ?? null;
			const screen = viewport.height - (viewport.insets?.bottom ?? 0);
			if (screen !== fedHeight) {
				fedHeight = screen;
				graphic.refit();
			}
			if (next) applyPosition(next);
		},
		destroy() {
			controller?.destroy();
			cleanup.forEach((undo) => undo());
		}
	};
}
