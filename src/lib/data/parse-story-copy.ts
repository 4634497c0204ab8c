import * as v from 'valibot';
import archieml from 'archieml';
import { StoryCopySchema, type Dataset, type StoryCopy } from './schema.ts';
import { DataError, problemsFromIssues, type DataProblem } from './errors.ts';
import { lintArchieMl } from './lint-archieml.ts';
import { chartKindOf } from '../charts/registry.ts';

/** Ids a step may highlight: units, people, and what its own chart's kind offers (a bar chart's bars). */
function highlightableIds(dataset: Dataset, chartId: string): Set<string> {
	const chart = dataset.charts.find((c) => c.id === chartId);
	const own = chart ? (chartKindOf(chart.kind)?.highlightable?.(chart) ?? []) : [];
	return new Set([...dataset.units.map((u) => u.id), ...dataset.people.map((p) => p.id), ...own]);
}

function checkSteps(copy: StoryCopy, dataset: Dataset, file: string): DataProblem[] {
	const problems: DataProblem[] = [];
	const chartIds = new Set(dataset.charts.map((c) => c.id));
	const seen = new Set<string>();
	copy.steps.forEach((step, i) => {
		const at = (field: string) => `steps[${i}] (id "${step.id}").${field}`;
		if (seen.has(step.id)) problems.push({ file, path: at('id'), message: `duplicate step id "${step.id}"` });
		seen.add(step.id);
		if (!chartIds.has(step.chart)) {
			problems.push({ file, path: at('chart'), message: `unknown chart state "${step.chart}" (known: ${[...chartIds].join(', ')})` });
		}
		const allowed = highlightableIds(dataset, step.chart);
		for (const id of step.highlight) {
			if (!allowed.has(id))
				problems.push({ file, path: at('highlight'), message: `unknown id "${id}" (not a unit, person or bar of ${step.chart})` });
		}
		for (const line of step.cite) {
			if (line > dataset.meta.article.lines) {
				problems.push({
					file,
					path: at('cite'),
					message: `article line ${line} does not exist (the article has ${dataset.meta.article.lines} lines)`
				});
			}
		}
	});
	return problems;
}

/** Parses and validates the story copy (ArchieML) against the dataset it refers to. */
export function parseStoryCopy(text: string, file: string, dataset: Dataset): StoryCopy {
	const lint = lintArchieMl(text, file);
	if (lint.length) throw new DataError(lint);
	const result = v.safeParse(StoryCopySchema, archieml.load(text));
	if (!result.success) throw new DataError(problemsFromIssues(file, result.issues));
	const problems = checkSteps(result.output, dataset, file);
	if (problems.length) throw new DataError(problems);
	return result.output;
}
