import type { ChartKind, ChartView } from '$lib/charts/types';

/** The moments of a morph the chart lab shows: its start, its middle and its end. */
export const LAB_TIMES = [0, 0.5, 1] as const;

/** One drawing in the chart lab: a morph of one kind of chart, frozen at `t`. */
export interface LabCase {
	/** Names the case in the page and its screenshot: `org-0.5`. */
	name: string;
	kind: ChartKind;
	from: string;
	to: string;
	t: number;
	highlight: readonly string[];
}

/**
 * For each kind of chart the story draws, the morph between its first two states in reading order
 * (a kind with one state: that state, still), at each of LAB_TIMES, highlighted as the step that
 * shows the second state highlights.
 */
export function labCases(charts: Record<string, ChartView>, steps: readonly { chart: string; highlight: readonly string[] }[]): LabCase[] {
	const byKind = new Map<ChartKind, { chart: string; highlight: readonly string[] }[]>();
	for (const step of steps) {
		const kind = charts[step.chart]?.kind;
		if (!kind) continue;
		const seen = byKind.get(kind) ?? [];
		if (seen.length < 2 && !seen.some((s) => s.chart === step.chart)) byKind.set(kind, [...seen, step]);
	}
	return [...byKind].flatMap(([kind, [first, second = first]]) =>
		LAB_TIMES.map((t) => ({ name: `${kind}-${t}`, kind, from: first!.chart, to: second!.chart, t, highlight: second!.highlight }))
	);
}
