import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { easeCubicInOut } from 'd3-ease';
import { parseDataset } from '$lib/data/parse-dataset';
import { orgRows } from '$lib/charts/org/rows';
import { layoutOrg } from '$lib/charts/org/layout';
import { planOrgMorph, orgFrameAt } from '$lib/charts/org/morph';
import { EXPLORE_MORPH_MS, lerp, morphProgress } from '$lib/charts/morph';

/** The explorer's morph between two dates, on the made-up second story: eased once, by the tree's frames. */
const story = parseDataset(readFileSync('tests/fixtures/stories/larkspur/dataset.json', 'utf8'), 'larkspur dataset', ['en']);
const rowsOf = (state: (typeof story.orgStates)[number]) => orgRows(story, state, 'en');
const layoutOf = (state: (typeof story.orgStates)[number]) => layoutOrg(rowsOf(state), 1024, 700);
/** How far a unit travels from one layout to the next (0 if it is new). */
const travel = (from: ReturnType<typeof layoutOf>, u: ReturnType<typeof layoutOf>['units'][number]) => {
	const old = from.units.find((o) => o.id === u.id);
	return old ? Math.hypot(old.x - u.x, old.y - u.y) : 0;
};
// Two dates the explorer could compare, between which some unit moves.
const [first, last] = story.orgStates
	.flatMap((a, i) => story.orgStates.slice(i + 1).map((b) => [a, b] as const))
	.find(([a, b]) => layoutOf(b).units.some((u) => travel(layoutOf(a), u) > 20))!;
const [from, to] = [layoutOf(first), layoutOf(last)];
const plan = planOrgMorph(from, to, rowsOf(first), rowsOf(last));

describe('the explorer’s morph', () => {
	it('advances linearly in time, from 0 to 1, never beyond', () => {
		expect([0, 0.25, 0.5, 1, 2].map((f) => morphProgress(EXPLORE_MORPH_MS * f, EXPLORE_MORPH_MS))).toEqual([0, 0.25, 0.5, 1, 1]);
		expect(morphProgress(-10, EXPLORE_MORPH_MS)).toBe(0);
	});

	it('is eased once: a frame at a quarter and at half time sits on the eased path, not on an eased ease', () => {
		// The unit that travels furthest between the two dates.
		const moving = [...to.units].sort((a, b) => travel(from, b) - travel(from, a))[0]!;
		expect(travel(from, moving)).toBeGreaterThan(20);
		const start = from.units.find((u) => u.id === moving.id)!;
		for (const share of [0.25, 0.5]) {
			const frame = orgFrameAt(plan, morphProgress(EXPLORE_MORPH_MS * share, EXPLORE_MORPH_MS));
			const unit = frame.units.find((u) => u.id === moving.id)!;
			const eased = easeCubicInOut(share);
			expect([unit.x, unit.y], `at ${share} of the time`).toEqual([lerp(start.x, moving.x, eased), lerp(start.y, moving.y, eased)]);
		}
		// Eased twice, a quarter of the time would be a sixteenth of the way less: far from the frame above.
		const twice = easeCubicInOut(easeCubicInOut(0.25));
		const quarter = orgFrameAt(plan, morphProgress(EXPLORE_MORPH_MS / 4, EXPLORE_MORPH_MS)).units.find((u) => u.id === moving.id)!;
		expect(Math.hypot(quarter.x - lerp(start.x, moving.x, twice), quarter.y - lerp(start.y, moving.y, twice))).toBeGreaterThan(1);
	});
});
