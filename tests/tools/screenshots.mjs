// Screenshots of every step as a reader stops on it, at two phone, a tablet and a laptop size:
//   npm run screenshots [-- --base http://localhost:4173 --out screenshots --path /zh/ --only step-id,step-id
//                          --sizes 768x1024,899x700 --motion reduce --explorer only|none]
// The card is where a reader reads it (phones: each card whole at the bottom of the screen, the
// most room the chart gets; beside the text: the card's top a third of the way down), scrolling
// has stopped, and the graphic has settled. Then the explorer on its own page (`<path>explore/`):
// a date, two dates compared, a unit's history, each settled, the whole page. Serves nothing
// itself: run `npm start` first.
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
const sizes = (args.sizes ?? '360x640,390x844,1024x768,1440x900').split(',').map((size) => size.split('x').map(Number));
const WIDE = 900;

mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions());
for (const [width, height] of sizes) {
	const phone = width < WIDE;
	const page = await browser.newPage({
		viewport: { width, height },
		deviceScaleFactor: 1,
		isMobile: phone,
		hasTouch: phone,
		reducedMotion: args.motion === 'reduce' ? 'reduce' : 'no-preference'
	});
	await page.goto(new URL(path, base).href);
	await page.waitForFunction(() => document.documentElement.dataset.activeStep !== undefined);
	const ids = args.explorer === 'only' ? [] : await page.$$eval('[data-step]', (els) => els.map((el) => el.getAttribute('data-step')));
	for (const [i, id] of ids.entries()) {
		if (only && !only.includes(id)) continue;
		const cards = phone ? await page.locator(`#step-${id} .card`).count() : 1;
		for (let c = 0; c < cards; c++) {
			await page.evaluate(
				([stepId, n, wide]) => {
					const card = document.querySelectorAll(`#step-${stepId} .card`)[n];
					const box = card.getBoundingClientRect();
					const top = wide ? box.top + scrollY - innerHeight / 3 : box.bottom + scrollY - innerHeight;
					window.scrollTo({ top, behavior: 'instant' });
				},
				[id, c, !phone]
			);
			await page.waitForFunction((stepId) => document.documentElement.dataset.activeStep === stepId, id);
			// Settled: the step's state fully drawn, and still.
			await page.waitForFunction(() => document.querySelector('.sticky figure')?.getAttribute('data-t') === '1.000');
			await page.waitForTimeout(700);
			const name = `${width}x${height}-${String(i).padStart(2, '0')}-${id}${cards > 1 ? `-${c + 1}` : ''}.png`;
			await page.screenshot({ path: `${out}/${name}` });
		}
	}
	if (args.explorer !== 'none')
		for (const [name, query] of [
			['date', '?date=2023-03'],
			['compare', '?date=2021-12&compare=2024-11'],
			['unit', '?date=2024-11&unit=aidc']
		]) {
			await page.goto(new URL(`${path}explore/${query}`, base).href);
			await page.waitForSelector('[data-explorer][data-explore-ready=true][data-settled=true]');
			await page.waitForTimeout(500);
			await page.screenshot({ path: `${out}/${width}x${height}-explore-${name}.png`, fullPage: true });
		}
	await page.close();
}
await browser.close();
console.log(`screenshots written to ${out}/`);
