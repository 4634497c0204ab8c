import type { Dataset, Source } from './schema.ts';
import { chartKindOf } from '../charts/registry.ts';
import type { DataProblem } from './errors.ts';
import { joinPath } from './errors.ts';
import { repeats } from './repeats.ts';

/** Every `source` object in a value, with its path. */
export function collectSources(value: unknown, keys: (string | number)[] = []): { path: string; source: Source }[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => collectSources(item, [...keys, i]));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) =>
		key === 'source' && child && typeof child === 'object'
			? [{ path: joinPath([...keys, key]), source: child as Source }]
			: collectSources(child, [...keys, key])
	);
}

/**
 * The checks a schema cannot express: ids must be unique and must refer to
 * something that exists, each org state must be one tree, citations must exist.
 */
export function checkDataset(data: Dataset, file: string): DataProblem[] {
	const problems: DataProblem[] = [];
	const report = (keys: (string | number)[], message: string) => problems.push({ file, path: joinPath(keys), message });

	for (const list of ['people', 'units', 'orgStates', 'events', 'figures', 'charts'] as const) {
		for (const { id, index } of repeats<{ id: string }>(data[list], (x) => x.id)) {
			report([list, index, 'id'], `duplicate id "${id}"`);
		}
	}

	const unitIds = new Set(data.units.map((u) => u.id));
	const personIds = new Set(data.people.map((p) => p.id));
	const figureIds = new Set(data.figures.map((f) => f.id));

	data.orgStates.forEach((state, s) => {
		const here = new Map(state.nodes.map((node) => [node.unit, node]));
		const previous = data.orgStates[s - 1];
		const previousUnits = new Set(previous?.nodes.map((n) => n.unit) ?? []);

		for (const { id, index } of repeats(state.nodes, (n) => n.unit)) {
			report(['orgStates', s, 'nodes', index, 'unit'], `unit "${id}" appears twice in org state "${state.id}"`);
		}
		const roots = state.nodes.filter((n) => n.parent === undefined);
		if (roots.length !== 1) {
			report(['orgStates', s, 'nodes'], `org state "${state.id}" must have exactly one top unit (no parent), found ${roots.length}`);
		}
		state.nodes.forEach((node, n) => {
			if (!unitIds.has(node.unit)) report(['orgStates', s, 'nodes', n, 'unit'], `unknown unit id "${node.unit}" (not in units)`);
			if (node.parent !== undefined && !here.has(node.parent)) {
				report(['orgStates', s, 'nodes', n, 'parent'], `unknown parent id "${node.parent}" (no such unit in org state "${state.id}")`);
			}
			node.leaders?.forEach((leader, l) => {
				if (!personIds.has(leader.person))
					report(['orgStates', s, 'nodes', n, 'leaders', l, 'person'], `unknown person id "${leader.person}"`);
			});
			node.formedFrom?.forEach((from, f) => {
				if (!previousUnits.has(from)) {
					report(
						['orgStates', s, 'nodes', n, 'formedFrom', f],
						`"${from}" is not a unit of the previous org state${previous ? ` "${previous.id}"` : ''}`
					);
				}
			});
		});
		const eventIds = new Set(data.events.map((e) => e.id));
		state.changes.forEach((change, c) => {
			const at = (field: string) => ['orgStates', s, 'changes', c, field];
			if (!eventIds.has(change.event)) report(at('event'), `unknown event id "${change.event}" (not in events)`);
			const inThisState = change.kind !== 'merged';
			if (inThisState && !here.has(change.unit)) report(at('unit'), `"${change.unit}" is not a unit of org state "${state.id}"`);
			if (!inThisState && !previousUnits.has(change.unit)) report(at('unit'), `"${change.unit}" is not a unit of the previous org state`);
			if (change.kind === 'merged' && !here.has(change.into))
				report(at('into'), `"${change.into}" is not a unit of org state "${state.id}"`);
			if (change.kind === 'moved') {
				if (!previous?.nodes.some((n) => n.unit === change.unit && n.parent === change.from)) {
					report(at('from'), `"${change.unit}" was not under "${change.from}" in the previous org state`);
				} else if (here.get(change.unit)?.parent === change.from) {
					report(at('from'), `"${change.unit}" is still under "${change.from}": nothing moved`);
				}
			}
			if (change.kind === 'appointed' && !here.get(change.unit)?.leaders?.some((l) => l.person === change.person)) {
				report(at('person'), `"${change.person}" is not drawn as a leader of "${change.unit}" in org state "${state.id}"`);
			}
			if ((change.kind === 'appointed' || change.kind === 'left') && !personIds.has(change.person))
				report(at('person'), `unknown person id "${change.person}"`);
		});
		// Walk up from every unit: reaching a unit twice means the "tree" has a cycle.
		state.nodes.forEach((node, n) => {
			const visited = new Set<string>([node.unit]);
			let parent = node.parent;
			while (parent !== undefined) {
				if (visited.has(parent)) {
					report(['orgStates', s, 'nodes', n, 'parent'], `cycle in org state "${state.id}": ${[...visited, parent].join(' → ')}`);
					break;
				}
				visited.add(parent);
				parent = here.get(parent)?.parent;
			}
		});
	});

	// What a chart refers to (org states, figures) is its kind's to check.
	data.charts.forEach((chart, c) => {
		chartKindOf(chart.kind)?.check(chart, data, (keys, message) => report(['charts', c, ...keys], message));
	});

	// A figure's quote holds its value's digits ("31.672" in "to 31.672 billion yuan"; 0.384 billion
	// as "384 million"): a typo in the value would otherwise be published beside words that contradict it.
	data.figures.forEach((figure, f) => {
		if (figure.source.source !== 'article') return;
		const digits = String(Math.abs(figure.value)).replace(/\D/g, '').replace(/^0+/, '');
		if (!figure.source.quote.replace(/\D/g, '').includes(digits))
			report(['figures', f, 'value'], `${figure.value} is not in its quote (“${figure.source.quote}”): the value or the quote is wrong`);
	});

	for (const { path, source } of collectSources(data)) {
		if (source.source === 'article' && source.line > data.meta.article.lines) {
			problems.push({
				file,
				path: `${path}.line`,
				message: `article line ${source.line} does not exist (the article has ${data.meta.article.lines} lines)`
			});
		}
		if (source.source === 'derived') {
			source.inputs.forEach((input, i) => {
				if (!figureIds.has(input)) problems.push({ file, path: `${path}.inputs[${i}]`, message: `unknown figure id "${input}"` });
			});
		}
	}
	return problems;
}
