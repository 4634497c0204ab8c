import * as v from 'valibot';
import { DatasetSchema, type Dataset } from './schema.ts';
import { DataError, problemsFromIssues } from './errors.ts';
import { checkDataset } from './check-dataset.ts';

/** Parses and validates the dataset's JSON text; throws a DataError naming file, path and fault. */
export function parseDataset(text: string, file: string): Dataset {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new DataError([{ file, path: '', message: `not valid JSON: ${(error as Error).message}` }]);
	}
	const result = v.safeParse(DatasetSchema, json);
	if (!result.success) throw new DataError(problemsFromIssues(file, result.issues));
	const problems = checkDataset(result.output, file);
	if (problems.length) throw new DataError(problems);
	return result.output;
}
