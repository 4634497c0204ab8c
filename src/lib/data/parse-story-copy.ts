import * as v from 'valibot';
import archieml from 'archieml';
import { StepSchema, StoryCopySchema, type Dataset, type StoryCopy } from './schema.ts';
import { locateInCopy } from './locate.ts';
import { DataError, didYouMean, problemsFromIssues, type DataProblem } from './errors.ts';
import { lintArchieMl } from './lint-archieml.ts';
import { chartKindOf } from '../charts/registry.ts';

/**
 * Ids a step may highlight: what its own chart state draws (an org state's units and leaders, a
 * bar chart's bars). A highlight of anything else would be dropped without a word on screen.
 */
function highlightableIds(dataset: Dataset, chartId: string): string[] {
	const chart = dataset.charts.find((c) => c.id === chartId);
	return chart ? [...new Set(chartKindOf(chart.kind)?.highlightable(chart as never, dataset) ?? [])] : [];
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
			if (chartIds.has(step.chart) && !allowed.includes(id))
				problems.push({
					file,
					path: at('highlight'),
					message: `"${id}" is not drawn in ${step.chart}, so it cannot be highlighted there${didYouMean(id, allowed)} (ids ${step.chart} draws: ${allowed.join(', ')})`
				});
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

/** The fields a copy file and its steps may have: a misspelt one is compared with these. */
const COPY_KEYS = [...Object.keys(StoryCopySchema.entries), ...Object.keys(StepSchema.entries)];

/** Parses and validates the story copy (ArchieML) against the dataset it refers to. */
export function parseStoryCopy(text: string, file: string, dataset: Dataset): StoryCopy {
	const lint = lintArchieMl(text, file);
	if (lint.length) throw new DataError(locateInCopy(lint, text));
	const result = v.safeParse(StoryCopySchema, archieml.load(text));
	if (!result.success) throw new DataError(locateInCopy(problemsFromIssues(file, result.issues, COPY_KEYS), text));
	const problems = checkSteps(result.output, dataset, file);
	if (problems.length) throw new DataError(locateInCopy(problems, text));
	return result.output;
}
