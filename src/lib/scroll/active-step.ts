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
	return activeStepOf(boxes.length, (i) => boxes[i] as StepBox, triggerY, viewportHeight);
}

/**
 * The same, reading the boxes of `count` steps (one below another, in order) only as it needs
 * them: a binary search reads about log2(count) boxes, not every one.
 */
export function activeStepOf(count: number, boxAt: (i: number) => StepBox, triggerY: number, viewportHeight: number): ScrollPosition {
	// The last step whose top has passed the line (tops grow with the index); each box is read once.
	let low = 0;
	let high = count - 1;
	let found: { index: number; box: StepBox } | null = null;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const box = boxAt(middle);
		if (box.top <= triggerY) {
			found = { index: middle, box };
			low = middle + 1;
		} else high = middle - 1;
	}
	return found ? positionIn(found.box, found.index, triggerY, viewportHeight) : { ...OUTSIDE };
}

/** Above the first step (the intro): the first step's state, not yet entered. */
const OUTSIDE: ScrollPosition = { index: 0, progress: 0, travelled: 0, inside: false };

function positionIn(box: StepBox, index: number, triggerY: number, viewportHeight: number): ScrollPosition {
	const distance = Math.min(box.height, triggerY - box.top);
	const progress = box.height > 0 ? distance / box.height : 1;
	return { index, progress, travelled: viewportHeight > 0 ? distance / viewportHeight : 1, inside: true };
}

export function samePosition(a: ScrollPosition, b: ScrollPosition): boolean {
	return a.index === b.index && a.inside === b.inside && Math.abs(a.progress - b.progress) < 0.001;
}
