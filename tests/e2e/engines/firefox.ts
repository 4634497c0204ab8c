import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { FIXTURE_STORY_URL } from '../ports';
import { recordWindowErrors } from '../record-window-errors';
import type { Engine, EngineTab, OpenOptions } from './engine-tab';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/**
 * Debian's Firefox ESR (or FIREFOX), over WebDriver BiDi with puppeteer-core: Playwright drives
 * only its own patched Firefox, and its BiDi path asks for a command ESR 153 lacks.
 */
export function firefox(): Engine {
	// One browser per set of preferences: reduced motion and JavaScript are Firefox's own.
	const browsers = new Map<string, Promise<Browser>>();
	const browser = ({ reducedMotion = false, javaScript = true }: OpenOptions) => {
		const key = `${reducedMotion}/${javaScript}`;
		if (!browsers.has(key))
			browsers.set(
				key,
				puppeteer.launch({
					browser: 'firefox',
					executablePath: FIREFOX,
					headless: true,
					extraPrefsFirefox: {
						...(reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
						...(javaScript ? {} : { 'javascript.enabled': false })
					}
				})
			);
		return browsers.get(key)!;
	};
	return {
		name: 'firefox',
		missing: () => (existsSync(FIREFOX) ? null : `no Firefox at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX)`),
		async open(options = {}): Promise<EngineTab> {
			const page = await (await browser(options)).newPage();
			await page.evaluateOnNewDocument(recordWindowErrors);
			return {
				setSize: (size) => page.setViewport(size),
				goto: async (to) => void (await page.goto(to.startsWith('/') ? `${FIXTURE_STORY_URL}${to}` : to, { waitUntil: 'load' })),
				run: (fn, ...args) => page.evaluate(fn as never, ...args) as never,
				runInFrame: async (selector, fn, ...args) => {
					const frame = await (await page.waitForSelector(selector))?.contentFrame();
					if (!frame) throw new Error(`no frame at ${selector}`);
					return frame.evaluate(fn as never, ...args) as never;
				},
				click: (selector) => page.click(selector),
				windowErrors: () => page.evaluate(() => (window as any).__windowErrors ?? []),
				close: () => page.close()
			};
		},
		async close() {
			for (const launched of browsers.values()) await (await launched).close();
		}
	};
}
