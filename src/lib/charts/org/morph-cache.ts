import type { OrgChartView } from '$lib/charts/org/types';
import { layoutOrg, type OrgLayout } from './layout';
import { planOrgMorph, type OrgMorphPlan } from './morph';

export interface OrgMorph {
	to: OrgLayout;
	plan: OrgMorphPlan;
}

/** Sizes kept per pair of states: enough for a resize back and forth, bounded all the same. */
const SIZES_KEPT = 4;
const layouts = new WeakMap<OrgChartView, Map<string, OrgLayout>>();
const morphs = new WeakMap<OrgChartView, WeakMap<OrgChartView, Map<string, OrgMorph>>>();

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
	let value = cache.get(key);
	if (value === undefined) {
		value = make();
		cache.set(key, value);
		if (cache.size > SIZES_KEPT) cache.delete(cache.keys().next().value as string);
	}
	return value;
}

function layoutFor(chart: OrgChartView, width: number, height: number, size: string): OrgLayout {
	let sizes = layouts.get(chart);
	if (!sizes) layouts.set(chart, (sizes = new Map()));
	return remember(sizes, size, () => layoutOrg(chart.nodes, width, Math.min(height, chart.fitHeight ?? height)));
}

/**
 * The layouts and the morph plan from one org state to the next at one size, computed once
 * and kept: the graphic prepares the morphs next to the reader's step while the browser is
 * idle, so the frame where a step changes only draws.
 */
export function orgMorphFor(from: OrgChartView, to: OrgChartView, width: number, height: number): OrgMorph {
	const size = `${width}x${height}`;
	let targets = morphs.get(from);
	if (!targets) morphs.set(from, (targets = new WeakMap()));
	let sizes = targets.get(to);
	if (!sizes) targets.set(to, (sizes = new Map()));
	return remember(sizes, size, () => {
		const fromLayout = layoutFor(from, width, height, size);
		const toLayout = from === to ? fromLayout : layoutFor(to, width, height, size);
		return { to: toLayout, plan: planOrgMorph(fromLayout, toLayout, from.nodes, to.nodes) };
	});
}
