// Every file under a folder whose name ends with one of `extensions`, in a stable order: the
// built site's pages and text files, for the build steps and tests that go over them all.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} dir
 * @param {readonly string[]} extensions
 * @returns {string[]}
 */
export function filesIn(dir, extensions) {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return filesIn(path, extensions);
			return extensions.some((ext) => name.endsWith(ext)) ? [path] : [];
		});
}
