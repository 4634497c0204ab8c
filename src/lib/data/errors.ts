import type * as v from 'valibot';

/** One thing wrong with one data file, located precisely enough to fix it. */
export interface DataProblem {
	file: string;
	/** Path inside the file, e.g. `orgStates[2].nodes[3].parent`; empty for the whole file. */
	path: string;
	message: string;
}

/** Thrown when data or copy is invalid; its message lists every problem, one per line. */
export class DataError extends Error {
	readonly problems: DataProblem[];
	constructor(problems: DataProblem[]) {
		super(`Invalid story data (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` + problems.map(formatProblem).join('\n'));
		this.name = 'DataError';
		this.problems = problems;
	}
}

/** JSON text parsed, or a DataError naming the file. */
export function parseJson(text: string, file: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		throw new DataError([{ file, path: '', message: `not valid JSON: ${(error as Error).message}` }]);
	}
}

export function formatProblem(p: DataProblem): string {
	return `  ${p.file}: ${p.path || '(file)'}: ${p.message}`;
}

/** `orgStates[2].nodes[3].parent` from a list of keys. */
export function joinPath(keys: readonly (string | number)[]): string {
	return keys.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

/** Turns valibot's issues into problems that name the file, the path and what was wrong. */
export function problemsFromIssues(file: string, issues: readonly v.BaseIssue<unknown>[]): DataProblem[] {
	return issues.map((issue) => {
		const keys = (issue.path ?? []).map((item) => item.key as string | number);
		let message = issue.message;
		if (issue.type === 'strict_object' && issue.input === undefined) {
			message =
				keys.at(-1) === 'source'
					? 'is missing: every fact needs a source'
					: keys.at(-1) === 'quote'
						? 'is missing: a fact from the article carries the exact words of the line it cites'
						: 'is missing';
		} else if (issue.type === 'strict_object') {
			message = 'is not a known field (check its spelling)';
		}
		// A bad `source.source` tag is reported on the source object as a whole.
		if (issue.type === 'variant' && keys.at(-1) === 'source' && keys.at(-2) === 'source') keys.pop();
		return { file, path: joinPath(keys), message };
	});
}
