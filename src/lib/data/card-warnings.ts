import type { StoryCopy } from './schema.ts';
import type { DataProblem } from './errors.ts';

/**
 * The smallest phone the story is read on (320×568) and its cards, as measured there: body text
 * 16 px on 24 px lines in a 254 px measure, about 0.45 em a Latin character and 1 em a Chinese one;
 * a card adds its kicker (first card), or its citation and links (last card), to its paragraph.
 */
const PHONE = { height: 568, measure: 254, fontSize: 16, lineHeight: 24 };
const CHROME = { first: 51, middle: 28, last: 113, only: 136 };
/** Over this share of the screen, the chart above the card has too little room left for the step's highlights. */
export const MAX_CARD_SHARE = 0.58;

/** Lines a paragraph takes at the phone's measure (an estimate: within a line of the browser's here). */
function linesOf(text: string): number {
	let ems = 0;
	for (const char of text) ems += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.45;
	return Math.max(1, Math.round((ems * PHONE.fontSize) / PHONE.measure));
}

/**
 * Warnings, not errors: a card estimated too tall for a 320×568 phone to show the step's highlights
 * in the chart above it. The build goes on; the editor shortens the paragraph or splits it in two
 * (each paragraph is a card of its own).
 */
export function cardWarnings(copy: StoryCopy, file: string): DataProblem[] {
	const limit = Math.round(PHONE.height * MAX_CARD_SHARE);
	return copy.steps.flatMap((step, i) =>
		step.body.flatMap((paragraph, p) => {
			const [first, last] = [p === 0, p === step.body.length - 1];
			const chrome = first && last ? CHROME.only : last ? CHROME.last : first ? CHROME.first : CHROME.middle;
			const height = linesOf(paragraph) * PHONE.lineHeight + chrome;
			if (height <= limit) return [];
			return [
				{
					file,
					path: `steps[${i}] (id "${step.id}").body`,
					message: `card ${p + 1} is about ${height} px tall on a 320×568 phone (over ${limit} px): the chart above it may lose what the step highlights. Shorten the paragraph, or split it in two`
				}
			];
		})
	);
}
