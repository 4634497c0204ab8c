import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * A new folder under the system's temporary folder, removed when the test that made it has
 * finished (or, made while a file's tests are collected, when they have all run): the suite
 * leaves nothing behind in /tmp.
 */
export function tempFolder(prefix: string): string {
	const folder = mkdtempSync(join(tmpdir(), prefix));
	const remove = () => rmSync(folder, { recursive: true, force: true });
	try {
		onTestFinished(remove);
	} catch {
		// Not inside a test: made for a whole describe block.
		afterAll(remove);
	}
	return folder;
}
