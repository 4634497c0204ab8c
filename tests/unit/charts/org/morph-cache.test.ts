import { describe, expect, it } from 'vitest';
import type { OrgChartView } from '$lib/charts/org/types';
import { layoutOrg } from '$lib/charts/org/layout';
import { planOrgMorph } from '$lib/charts/org/morph';
import { orgMorphFor } from '$lib/charts/org/morph-cache';
import { fixtureView as view } from '../../fixture-story';

const orgCharts = Object.values(view.charts).filter((c): c is OrgChartView => c.kind === 'org');
const [a, b] = orgCharts as [OrgChartView, OrgChartView];

describe('orgMorphFor', () => {
	it('gives what layoutOrg and planOrgMorph give', () => {
		const fromLayout = layoutOrg(a.nodes, 374, 480);
		const toLayout = layoutOrg(b.nodes, 374, 480);
		expect(orgMorphFor(a, b, 374, 480)).toEqual({ to: toLayout, plan: planOrgMorph(fromLayout, toLayout, a.nodes, b.nodes) });
	});

	it('computes a pair of states at a size once, and again for another size or pair', () => {
		const first = orgMorphFor(a, b, 400, 500);
		expect(orgMorphFor(a, b, 400, 500)).toBe(first);
		expect(orgMorphFor(a, b, 401, 500)).not.toBe(first);
		expect(orgMorphFor(b, a, 400, 500)).not.toBe(first);
		// The reverse morph reuses the layouts: the same objects, not equal copies.
		expect(orgMorphFor(b, a, 400, 500).plan).not.toBe(first.plan);
		expect(orgMorphFor(a, a, 400, 500).to).toBe(orgMorphFor(b, a, 400, 500).to);
	});

	it('keeps only a few sizes per pair', () => {
		const first = orgMorphFor(b, b, 300, 300);
		for (let w = 301; w < 310; w++) orgMorphFor(b, b, w, 300);
		expect(orgMorphFor(b, b, 300, 300)).not.toBe(first);
	});
});
