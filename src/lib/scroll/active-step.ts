/** Where a step box sits in the viewport, in CSS pixels (as getBoundingClientRect gives it). */
export interface StepBox {
	top: number;
	height: number;
}

export interface ScrollPosition {
	/** Index of the step the graphic shows. */
	index: number;
	/** How far the trigger line has travelled through that step, 0..1. */
	progress: number;
	/** The same distance in viewport heights (progress × step height ÷ viewport height). */
	travelled: number;
	/** False while the reader is still above the first step (the intro). */
	inside: boolean;
}

/**
 * The active step is the last one whose top has passed the trigger line.
 * Computing it from geometry, not from the order of observer callbacks, means a
 * jump (deep link, End key, fast fling) always lands on the right step, never a stale one.
 */
export function activeStepAt(boxes: readonly StepBox[], triggerY: number, viewportHeight: number): ScrollPosition {
	let index = -1;
	for (let i = 0; i < boxes.length; i++) {
		if ((boxes[i] as StepBox).top <= triggerY) index = i;
		else break;
	}
	if (index < 0) return { index: 0, progress: 0, travelled: 0, inside: false };
	const box = boxes[index] as StepBox;
	const distance = Math.min(box.height, triggerY - box.top);
	const progress = box.height > 0 ? distance / box.height : 1;
	return { index, progress, travelled: viewportHeight > 0 ? distance / viewportHeight : 1, inside: true };
}

export function samePosition(a: ScrollPosition, b: ScrollPosition): boolean {
	return a.index === b.index && a.inside === b.inside && Math.abs(a.progress - b.progress) < 0.001;
}
