import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../temp-folder';

const SCRIPT = resolve('src/build/build-stamp.mjs');

/** Runs the stamp script in a project folder of its own; the exit code of `fresh` is the answer. */
function stamp(cwd: string, command: 'clear' | 'write' | 'fresh', env: Record<string, string> = {}) {
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['STORY', 'PUBLIC_SITE_URL', 'BUILD_DIR'].includes(name)));
	return spawnSync(process.execPath, [SCRIPT, command], { cwd, env: { ...inherited, ...env }, encoding: 'utf8' }).status;
}

// Eight runs of Node each: under a loaded machine (npm test runs lint and type checks beside it) more than 5 s.
describe('build stamp', { timeout: 30_000 }, () => {
	const project = tempFolder('build-stamp-');
	mkdirSync(join(project, 'src'));
	mkdirSync(join(project, 'data'));
	writeFileSync(join(project, 'src/page.ts'), 'export {}');
	writeFileSync(join(project, 'data/copy.aml'), 'kicker: one');
	mkdirSync(join(project, 'build'));

	it('is fresh only once a build has finished, and stale again when a source or a setting changes', () => {
		expect(stamp(project, 'fresh')).toBe(1);
		stamp(project, 'clear');
		// A build that has started but not finished is never fresh.
		expect(stamp(project, 'fresh')).toBe(1);
		stamp(project, 'write');
		expect(stamp(project, 'fresh')).toBe(0);
		expect(stamp(project, 'fresh', { PUBLIC_SITE_URL: 'https://example.org/story' })).toBe(1);
		expect(stamp(project, 'fresh', { STORY: 'other' })).toBe(1);
		writeFileSync(join(project, 'data/copy.aml'), 'kicker: two');
		expect(stamp(project, 'fresh')).toBe(1);
	});

	it('belongs to its own build folder', () => {
		expect(stamp(project, 'fresh', { BUILD_DIR: 'build-other' })).toBe(1);
	});
});
