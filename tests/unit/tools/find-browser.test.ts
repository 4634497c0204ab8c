import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
	chromiumLaunchOptions,
	DEBIAN_HEADLESS_SHELL,
	findChromium,
	findTestChromium,
	PLAYWRIGHT_DISABLED_FEATURES,
	UNUSED_BROWSER_UI,
	WASTED_PER_CONTEXT
} from '../../tools/find-browser.mjs';

/** The features the installed Playwright disables, read from its source. */
function playwrightDisabledFeatures(): string[] {
	const core = dirname(createRequire(import.meta.url).resolve('playwright-core/package.json'));
	const source = readFileSync(join(core, 'lib/coreBundle.js'), 'utf8');
	const start = source.indexOf('disabledFeatures = [');
	const end = source.indexOf('].filter(Boolean)', start);
	if (start < 0 || end < 0)
		throw new Error('Playwright no longer lists its disabled features where this test looks: check tests/tools/find-browser.mjs by hand');
	return [...source.slice(start, end).matchAll(/^\s*"([A-Za-z]+)"/gm)].map((m) => m[1]!);
}

describe('the browser the tests launch', () => {
	it("keeps off every feature Playwright turns off (our flag replaces Playwright's)", () => {
		const theirs = playwrightDisabledFeatures();
		expect(theirs.length).toBeGreaterThan(5);
		expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(theirs);
	});

	it('passes one --disable-features, with those and the unused address-bar popups', () => {
		const flags = chromiumLaunchOptions().args.filter((a: string) => a.startsWith('--disable-features='));
		expect(flags).toHaveLength(1);
		expect(flags[0]!.slice('--disable-features='.length).split(',')).toEqual([
			...PLAYWRIGHT_DISABLED_FEATURES,
			...UNUSED_BROWSER_UI,
			...WASTED_PER_CONTEXT
		]);
	});

	it('drives CHROMIUM_PATH when it is set, else Debian’s headless shell where installed; readers’ tools keep the browser', () => {
		const saved = process.env.CHROMIUM_PATH;
		try {
			process.env.CHROMIUM_PATH = process.execPath;
			expect(findTestChromium()).toBe(process.execPath);
			expect(chromiumLaunchOptions({ test: true }).executablePath).toBe(process.execPath);
			delete process.env.CHROMIUM_PATH;
			expect(findTestChromium()).toBe(existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : findChromium());
			expect(chromiumLaunchOptions().executablePath).toBe(findChromium());
		} finally {
			if (saved === undefined) delete process.env.CHROMIUM_PATH;
			else process.env.CHROMIUM_PATH = saved;
		}
	});
});
