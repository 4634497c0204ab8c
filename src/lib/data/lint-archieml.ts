import type { DataProblem } from './errors.ts';

const SCOPE_MARKER = /^(\[[+.]?[A-Za-z0-9_.-]*\]|\{[+.]?[A-Za-z0-9_.-]*\})$/;
const KEY_LINE = /^[A-Za-z0-9_.-]+\s*:/;

/**
 * ArchieML never fails: it silently ignores what it cannot read. This catches the
 * mistakes that would lose copy without a word: broken [array]/{object} markers,
 * and paragraphs after a field that does not end with ":end".
 * Lines starting with "#" are our comments.
 */
export function lintArchieMl(text: string, file: string): DataProblem[] {
	const problems: DataProblem[] = [];
	let inField = false;
	let unterminatedFrom: number | null = null;

	const flush = () => {
		if (unterminatedFrom !== null) {
			problems.push({
				file,
				path: `line ${unterminatedFrom}`,
				message: 'this text would be dropped: a field that runs over several lines must end with a line ":end"'
			});
		}
		unterminatedFrom = null;
	};

	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		const lineNumber = index + 1;
		if (!line || line.startsWith('#')) return;
		if (line.startsWith('[') || line.startsWith('{')) {
			flush();
			inField = false;
			if (!SCOPE_MARKER.test(line)) {
				problems.push({
					file,
					path: `line ${lineNumber}`,
					message: `malformed ArchieML marker "${line}" (expected e.g. "[steps]", "[]", "{meta}")`
				});
			}
			return;
		}
		if (/^:end$/i.test(line)) {
			unterminatedFrom = null;
			inField = false;
			return;
		}
		if (KEY_LINE.test(line) || line.startsWith('*')) {
			flush();
			inField = true;
			return;
		}
		if (inField) unterminatedFrom ??= lineNumber;
		else
			problems.push({
				file,
				path: `line ${lineNumber}`,
				message: 'text outside any field is ignored by ArchieML (start it with "key:" or "#")'
			});
	});
	flush();
	return problems;
}
