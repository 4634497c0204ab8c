import type { StoryGraphicData } from '../graphic-data';

/** What every enhancer of the story is given besides its root element. */
export interface StoryContext {
	data: StoryGraphicData;
	/** The edition's words, for components mounted on their own (see uiContext). */
	context: Map<symbol, unknown>;
	/** The step elements, in order. */
	steps: HTMLElement[];
	reducedMotion(): boolean;
}

/** What an enhancer returns: how to undo it. */
export type Cleanup = () => void;

/** Adds a listener and returns its removal. */
export function listen(target: EventTarget, type: string, listener: EventListener, capture = false): Cleanup {
	target.addEventListener(type, listener, capture);
	return () => target.removeEventListener(type, listener, capture);
}
