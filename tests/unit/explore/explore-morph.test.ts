import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDataset } from '$lib/data/parse-dataset';
import { orgRows } from '$lib/charts/org/rows';
import { layoutOrg } from '$lib/charts/org/layout';
import { planOrgMorph } from '$lib/charts/org/morph';
import { orgMotions } from '$lib/charts/org/motion';
import { lerp } from '$lib/charts/morph';
import { translate } from '$lib/charts/motion';

/**
 * The explorer's morph between two dates, on the made-up second story: played by the browser
 * (Explorer.svelte gives the tree a ChartPlay), from the earlier date's places to the later's,
 * eased once (by the animation's easing: its middle keyframe sits half-way along the path).
 */
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

describe('the explorer’s morph, played', () => {
	it('moves the unit that travels furthest from its earlier place, through the middle of its path, to its later place', () => {
		const moving = [...to.units].sort((a, b) => travel(from, b) - travel(from, a))[0]!;
		expect(travel(from, moving)).toBeGreaterThan(20);
		const start = from.units.find((u) => u.id === moving.id)!;
		const motion = orgMotions(plan, false).find((m) => m.target === `unit:${moving.id}`);
		expect(motion?.keyframes.map((k) => k.transform)).toEqual([
			translate(start.x, start.y),
			translate(lerp(start.x, moving.x, 0.5), lerp(start.y, moving.y, 0.5)),
			translate(moving.x, moving.y)
		]);
	});
});
