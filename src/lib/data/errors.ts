import type * as v from 'valibot';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** One thing wrong with one data file, located precisely enough to fix it. */
export interface DataProblem {
	file: string;
	/** Path inside the file, e.g. `orgStates[2].nodes[3].parent`; empty for the whole file. */
	path: string;
	message: string;
	/** Where in the file, 1-based, when it is known (see locate.ts). */
	line?: number;
	column?: number;
	/** The path with its list items named by their ids, for people: `figures[0] (id "revenue").value`. */
	label?: string;
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

const JSON_FIXES: Record<string, string> = {
	PropertyNameExpected: 'a comma before a closing brace? JSON allows no comma after the last item',
	ValueExpected: 'a comma before a closing bracket? JSON allows no comma after the last item',
	CommaExpected: 'a comma missing between two items?',
	CloseBraceExpected: 'a closing brace } missing?',
	CloseBracketExpected: 'a closing bracket ] missing?',
	InvalidSymbol: 'text outside quotes? Every text is in double quotes',
	UnexpectedEndOfString: 'a double quote missing at the end of a text?',
	InvalidCharacter: 'a line break or tab inside a text? Write \\n instead'
};

/** JSON text parsed, or a DataError naming the file, the line and column, and what is likely wrong. */
export function parseJson(text: string, file: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const errors: ParseError[] = [];
		parseJsonc(text, errors, { allowTrailingComma: false, disallowComments: true });
		const first = errors[0];
		if (!first) throw new DataError([{ file, path: '', message: `not valid JSON: ${(error as Error).message}` }]);
		const before = text.slice(0, first.offset);
		const code = printParseErrorCode(first.error);
		return raise(file, code, before);
	}
}

function raise(file: string, code: string, before: string): never {
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	throw new DataError([{ file, path: '', line, column, message: `not valid JSON (${code}): ${JSON_FIXES[code] ?? 'see the line above'}` }]);
}

/** `data/x/dataset.json:12:5: figures[0] (id "revenue").value: must be a number` */
export function formatProblem(p: DataProblem): string {
	const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
	return `  ${where}: ${p.label ?? (p.path || '(file)')}: ${p.message}`;
}

/** `orgStates[2].nodes[3].parent` from a list of keys. */
export function joinPath(keys: readonly (string | number)[]): string {
	return keys.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

/** Every key used anywhere in a parsed document: the words a misspelt key is compared with. */
function keysIn(value: unknown, out = new Set<string>()): Set<string> {
	if (Array.isArray(value)) value.forEach((item) => keysIn(item, out));
	else if (value && typeof value === 'object')
		for (const [key, child] of Object.entries(value)) {
			out.add(key);
			keysIn(child, out);
		}
	return out;
}

/**
 * Turns valibot's issues into problems that name the file, the path and what was wrong. A key the
 * schema does not know is compared with `knownKeys` and the keys used elsewhere in the document.
 */
export function problemsFromIssues(
	file: string,
	issues: readonly v.BaseIssue<unknown>[],
	knownKeys: readonly string[] = []
): DataProblem[] {
	const root = issues[0]?.path?.[0]?.input;
	const known = [...new Set([...knownKeys, ...keysIn(root)])];
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
			const key = String(keys.at(-1) ?? '');
			message = `is not a known field${
				didYouMean(
					key,
					known.filter((k) => k !== key)
				) || ' (check its spelling)'
			}`;
		}
		// A bad `source.source` tag is reported on the source object as a whole.
		if (issue.type === 'variant' && keys.at(-1) === 'source' && keys.at(-2) === 'source') keys.pop();
		return { file, path: joinPath(keys), message };
	});
}

/** Edits (insertions, deletions, substitutions) between two words: Levenshtein's distance. */
function editDistance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		row = next;
	}
	return row[b.length]!;
}

/** `; did you mean "highlight"?` for the known word nearest a misspelt one, or nothing if none is near. */
export function didYouMean(word: string, known: readonly string[]): string {
	const nearest = known
		.filter((candidate) => candidate !== word)
		.map((candidate) => ({ candidate, distance: editDistance(word.toLowerCase(), candidate.toLowerCase()) }))
		.sort((a, b) => a.distance - b.distance)[0];
	return nearest && nearest.distance <= Math.max(2, Math.floor(word.length / 3)) ? `; did you mean "${nearest.candidate}"?` : '';
}
