// Screenshots of every step at phone and desktop size, for looking at the work:
//   npm run screenshots [-- --base http://localhost:4173 --out screenshots --only step-id,step-id]
// Serves nothing itself: run `npm start` (or `npm run preview`) first.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './find-browser.mjs';

const args = Object.fromEntries(
	process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), [])
);
const base = args.base ?? 'http://localhost:4173';
const out = args.out ?? 'screenshots';
const path = args.path ?? '/';
const only = args.only ? args.only.split(',') : null;
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };

mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const [name, viewport] of Object.entries(sizes)) {
	const page = await browser.newPage({ viewport, deviceScaleFactor: 1, reducedMotion: args.motion === 'reduce' ? 'reduce' : 'no-preference' });
	await page.goto(new URL(path, base).href);
	const ids = await page.$$eval('[data-step]', (els) => els.map((el) => el.getAttribute('data-step')));
	for (const id of ids) {
		if (only && !only.includes(id)) continue;
		await page.evaluate((stepId) => document.getElementById(`step-${stepId}`)?.scrollIntoView({ block: 'start', behavior: 'instant' }), id);
		await page.waitForFunction((stepId) => document.documentElement.dataset.activeStep === stepId, id);
		await page.waitForTimeout(150);
		await page.screenshot({ path: `${out}/${name}-${String(ids.indexOf(id)).padStart(2, '0')}-${id}.png` });
	}
	await page.evaluate(() => window.scrollTo(0, 0));
	await page.waitForTimeout(100);
	await page.screenshot({ path: `${out}/${name}-intro.png` });
	await page.close();
}
await browser.close();
console.log(`screenshots written to ${out}/`);
