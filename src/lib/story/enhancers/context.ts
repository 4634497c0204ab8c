import type { StoryGraphicData } from '../graphic-data';
import type { ScrollPosition } from '$lib/scroll/active-step';

/** The reader's position, as enhancers that follow the steps are told it. */
export interface StepChange {
	/** The active step's id. */
	id: string;
	position: ScrollPosition;
	/** What is new since the last report: the active step, or whether the reader is among the steps at all. */
	stepChanged: boolean;
	insideChanged: boolean;
}

/** What every enhancer of the story is given besides its root element. */
export interface StoryContext {
	data: StoryGraphicData;
	/** The edition's words, for components mounted on their own (see uiContext). */
	context: Map<symbol, unknown>;
	/** The step elements, in order. */
	steps: HTMLElement[];
	reducedMotion(): boolean;
	/** Calls `listener` whenever the reader's position among the steps changes. */
	onStep(listener: (change: StepChange) => void): Cleanup;
}

/** What an enhancer returns: how to undo it. */
export type Cleanup = () => void;

/** Adds a listener and returns its removal. */
export function listen(target: EventTarget, type: string, listener: EventListener, capture = false): Cleanup {
	target.addEventListener(type, listener, capture);
	return () => target.removeEventListener(type, listener, capture);
}
