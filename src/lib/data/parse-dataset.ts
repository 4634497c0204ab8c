import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema.ts';
import { DataError, parseJson, problemsFromIssues } from './errors.ts';
import { checkDataset } from './check-dataset.ts';
import { locateInJson } from './locate.ts';
import { withEditions } from './schema-parts.ts';
import type { Lang } from '../i18n/lang.ts';

/**
 * Parses and validates the dataset's JSON text, its texts in each of the story's editions (its
 * settings' `editions`: not every language the engine knows); throws a DataError naming file, path and fault.
 */
export function parseDataset(text: string, file: string, editions: readonly Lang[]): Dataset {
	const result = withEditions(editions, () => v.safeParse(DatasetSchema, parseJson(text, file)));
	if (!result.success) throw new DataError(locateInJson(problemsFromIssues(file, result.issues), text));
	const problems = checkDataset(result.output, file);
	if (problems.length) throw new DataError(locateInJson(problems, text));
	return result.output;
}
