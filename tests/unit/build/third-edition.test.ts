/**
 * A third edition, added the way the README's "Editions and languages" says: the fixture story in
 * the pseudo-locale beside English and Chinese. With every file in place the story checks clean;
 * with any one of them forgotten, a check fails and names the file. (The end-to-end tests build
 * this three-edition story and read its routes, menus and CSV: tests/e2e/editions.spec.ts.)
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '$lib/i18n/lang';
import { STRINGS, VIEW_STRINGS } from '$lib/i18n/strings';
import { EXPLORE_STRINGS } from '$lib/i18n/explore/strings';
import { FIXTURE_EDITIONS, writeInEditions } from '../../fixtures/editions.mjs';
import { tempFolder } from '../temp-folder';

const THIRD = FIXTURE_EDITIONS[2]!;

function checkStory(story: string): Promise<{ status: number | null; output: string }> {
	return new Promise((done) => {
		const run = spawn(process.execPath, ['src/build/check-story.mjs'], { env: { ...process.env, STORY: story, STORY_ARTICLE: '' } });
		let output = '';
		run.stdout.on('data', (chunk) => (output += chunk));
		run.stderr.on('data', (chunk) => (output += chunk));
		run.on('close', (status) => done({ status, output }));
	});
}

/** The fixture story in its three editions, with `forget` applied to its folder. */
function threeEditions(forget: (folder: string) => void = () => {}): string {
	const folder = writeInEditions(join(tempFolder('third-edition-'), 'story'), FIXTURE_EDITIONS);
	forget(folder);
	return folder;
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('a third edition of the fixture story', { timeout: 60_000 }, () => {
	it('is the pseudo-locale, a language the engine knows', () => {
		expect(FIXTURE_EDITIONS).toEqual(['en', 'zh', 'qps']);
		expect(LANGS).toContain(THIRD);
	});

	it('checks clean with its files in place, and fails naming the file of any one forgotten', async () => {
		const cases = [
			{ name: 'all in place', folder: threeEditions(), status: 0, message: /0 errors/ },
			{
				name: 'its copy file',
				folder: threeEditions((folder) => rmSync(join(folder, `story.${THIRD}.aml`))),
				status: 1,
				message: new RegExp(`story\\.${THIRD}\\.aml`)
			},
			{
				name: 'a text of the dataset in its language',
				folder: threeEditions((folder) => edit(join(folder, 'dataset.json'), (t) => t.replace(/,\n\t*"qps": "⟦Retail Group⟧"/, ''))),
				status: 1,
				message: /dataset\.json\n.*units\[\d+\] \(id "retail-group"\)\.name: must have a text for every edition of the story \(en, zh, qps\)/
			},
			{
				name: 'a language the engine has no strings for',
				folder: threeEditions((folder) => edit(join(folder, 'story.json'), (t) => t.replace('"qps"', '"xx"'))),
				status: 1,
				message: /story\.json[\s\S]*editions\[2\]: must be one of en, zh, qps/
			}
		];
		const runs = await Promise.all(cases.map(({ folder }) => checkStory(folder)));
		for (const [i, { name, status, message }] of cases.entries()) {
			expect(runs[i]!.output, name).toMatch(message);
			expect(runs[i]!.status, name).toBe(status);
		}
	});

	// The engine's side of a language: what the README lists under src/lib/i18n/.
	it('has, for every language the engine knows, its strings files, each registered under its code', () => {
		const missing = LANGS.flatMap((lang) => [`src/lib/i18n/${lang}.ts`, `src/lib/i18n/explore/${lang}.ts`]).filter((file) => !existsSync(file));
		expect(missing).toEqual([]);
		for (const lang of LANGS) {
			expect(STRINGS[lang]?.lang, `src/lib/i18n/${lang}.ts, listed in src/lib/i18n/strings.ts`).toBe(lang);
			expect(VIEW_STRINGS[lang], `src/lib/i18n/${lang}.ts's viewStrings, listed in src/lib/i18n/strings.ts`).toBeDefined();
			expect(EXPLORE_STRINGS[lang], `src/lib/i18n/explore/${lang}.ts, listed in src/lib/i18n/explore/strings.ts`).toBeDefined();
			expect(readFileSync('src/lib/i18n/edition-strings.ts', 'utf8'), `src/lib/i18n/edition-strings.ts loads ${lang}.ts`).toContain(
				`import('./${lang}.ts')`
			);
		}
	});
});
