import { DataError } from '$lib/data/errors';

/** The DataError a call throws; fails the test if it throws nothing or something else. */
export function dataErrorOf(fn: () => unknown): DataError {
	try {
		fn();
	} catch (error) {
		if (error instanceof DataError) return error;
		throw new Error(`expected a DataError, got ${String(error)}`, { cause: error });
	}
	throw new Error('expected a DataError, but the data was accepted');
}

/** A DataError's problems as `file: path: message` lines, without the line numbers and id labels of its message. */
export function plainMessage(error: DataError): string {
	return error.problems.map((p) => `  ${p.file}: ${p.path || '(file)'}: ${p.message}`).join('\n');
}
