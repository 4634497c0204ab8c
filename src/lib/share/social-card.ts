import type { OrgChartView } from '$lib/charts/org/types';
import { layoutOrg, HIGHLIGHT_MARKER_RADIUS, LABEL_OFFSET, MARKER_RADIUS } from '$lib/charts/org/layout';
import { linkPath } from '$lib/charts/org/morph';
import { estimateTextWidth, isCjk } from '$lib/charts/text-width';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy line breaking by estimated width; CJK text breaks between any two characters. */
export function wrapText(text: string, fontSize: number, width: number): string[] {
	const cjk = isCjk(text);
	const words = cjk ? [...text] : text.split(' ');
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? (cjk ? line + word : `${line} ${word}`) : word;
		if (line && estimateTextWidth(candidate, fontSize) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The social card (Open Graph / Twitter image): the headline beside the story's lead org chart
 * with what it highlights, as an SVG string, turned into a PNG at build time. No service, no browser.
 */
export function socialCardSvg(
	headline: string,
	chart: OrgChartView,
	highlighted: readonly string[],
	credit: string,
	fontFamily: string
): string {
	const treeX = 560;
	const tree = layoutOrg(chart.nodes, CARD_WIDTH - treeX - 30, CARD_HEIGHT - 140);
	const highlight = new Set(highlighted);
	const head = wrapText(headline, 46, 460)
		.map((line, i) => `<text x="60" y="${120 + i * 56}" font-size="46" font-weight="700" fill="#1a1a1a">${escapeXml(line)}</text>`)
		.join('');
	const links = tree.links
		.map(
			(l) =>
				`<path d="${linkPath({ x: l.parentX, y: l.parentY }, { x: l.childX, y: l.childY })}" fill="none" stroke="${highlight.has(l.id) ? '#b4380f' : '#b3b3b3'}" stroke-width="2"/>`
		)
		.join('');
	const units = tree.units
		.map((u) => {
			const hl = highlight.has(u.id);
			return `<g transform="translate(${u.x} ${u.y})"><circle r="${hl ? HIGHLIGHT_MARKER_RADIUS : MARKER_RADIUS}" fill="${hl ? '#b4380f' : '#8c8c8c'}"/><text x="${LABEL_OFFSET}" dy="0.35em" font-size="${tree.unitFontSize}" font-weight="${hl ? 700 : 400}" fill="${hl ? '#9c300c' : '#333333'}">${escapeXml(u.label)}</text></g>`;
		})
		.join('');
	const leaders = tree.leaders
		.map(
			(l) =>
				`<text x="${l.x}" y="${l.y}" dy="0.35em" font-size="${tree.leaderFontSize}" font-weight="${highlight.has(l.person) ? 700 : 400}" fill="${highlight.has(l.person) ? '#9c300c' : '#555555'}">${escapeXml(l.text)}</text>`
		)
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${escapeXml(fontFamily)}">
<rect width="100%" height="100%" fill="#ffffff"/>
<rect x="0" y="0" width="12" height="${CARD_HEIGHT}" fill="#b4380f"/>
${head}
<text x="60" y="${CARD_HEIGHT - 60}" font-size="22" fill="#555555">${escapeXml(chart.title)}</text>
<text x="60" y="${CARD_HEIGHT - 30}" font-size="18" fill="#555555">${escapeXml(credit)}</text>
<g transform="translate(${treeX} 70)">${links}${units}${leaders}</g>
</svg>`;
}
