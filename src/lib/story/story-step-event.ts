/** The event the story dispatches on `window` whenever the active step or its progress changes. */
export const STORY_STEP_EVENT = 'storystep';

export interface StoryStepDetail {
	id: string;
	index: number;
	/** 0..1 through the step. */
	progress: number;
}

export function dispatchStoryStep(target: EventTarget, detail: StoryStepDetail): void {
	// Composed and bubbling, so it also leaves a shadow root (the custom element) for the host page.
	target.dispatchEvent(new CustomEvent<StoryStepDetail>(STORY_STEP_EVENT, { detail, bubbles: true, composed: true }));
}
