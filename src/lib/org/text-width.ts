/**
 * A deliberately generous estimate of rendered text width, so layouts computed without
 * a DOM (at build time, in tests) never under-allow: Latin glyphs of a bold system sans
 * (DejaVu Sans Bold, the widest common fallback, included) average under 0.68 em, CJK glyphs are 1 em.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
	let ems = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		ems += code >= 0x2e80 ? 1 : char === ' ' ? 0.35 : 0.68;
	}
	return ems * fontSize;
}
