/**
 * A deliberately generous estimate of rendered text width, so layouts computed without
 * a DOM (at build time, in tests) never under-allow: Latin glyphs of a bold system sans
 * (DejaVu Sans Bold, the widest common fallback, included) average under 0.68 em, CJK glyphs are 1 em.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) ems += isWideChar(char) ? 1 : char === ' ' ? 0.35 : 0.68;
	return ems * fontSize;
}

/** CJK and other full-width characters (from U+2E80 on). */
function isWideChar(char: string): boolean {
	return (char.codePointAt(0) ?? 0) >= 0x2e80;
}

/** Text set in Chinese: it takes full-width punctuation and breaks between any two characters. */
export function isCjk(text: string): boolean {
	return [...text].some(isWideChar);
}
