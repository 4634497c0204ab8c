import { describe, expect, it } from 'vitest';
import { orgRows } from '$lib/charts/org/rows';
import { layoutOrg, MIN_FONT_SIZE, type Box } from '$lib/charts/org/layout';
import { dataset } from './story';

/**
 * This story's trees, the largest the engine draws (up to a dozen units and their leaders): each
 * fits the chart areas the page gives it, every label legible and apart.
 */
const sizes = {
	phone: { width: 374, height: 520 },
	'small phone': { width: 304, height: 440 },
	desktop: { width: 806, height: 700 }
};
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('this story’s organisation trees', () => {
	for (const [name, { width, height }] of Object.entries(sizes)) {
		for (const state of dataset.orgStates) {
			it(`${state.id} at ${name} size (${width}x${height}): inside the chart, no label over another, none under ${MIN_FONT_SIZE}px`, () => {
				const layout = layoutOrg(orgRows(dataset, state), width, height);
				const boxes = [...layout.units.map((u) => ({ id: u.id, box: u.box })), ...layout.leaders.map((l) => ({ id: l.key, box: l.box }))];
				expect(layout.units).toHaveLength(state.nodes.length);
				const outside = boxes.filter(({ box }) => box.x < 0 || box.y < 0 || box.x + box.width > width || box.y + box.height > height);
				expect(outside.map(({ id }) => id)).toEqual([]);
				expect(Math.min(layout.unitFontSize, layout.leaderFontSize)).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
				const overlapping = boxes.flatMap((a, i) =>
					boxes.slice(i + 1).flatMap((b) => (overlaps(a.box, b.box) ? [`${a.id} / ${b.id}`] : []))
				);
				expect(overlapping).toEqual([]);
			});
		}
	}
});
