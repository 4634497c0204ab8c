// node tests/bench/morph-trace.mjs URL STEP-ID [STEP-ID…]
// What one step's morph costs the main thread (issue 31): a phone page (390x844, 4x CPU) left at
// rest just before the step, then scrolled into it and traced for 1.2 s, the morph's 450 ms and
// what follows it (the highlights' hand-over, the layers prepared in idle time). Prints, per step,
// the main thread's script, style, layout and paint (count and time), for comparing two builds
// on the same machine. Serve a build first (npm start, or node src/build/serve.mjs --port N).
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tools/find-browser.mjs';

const [url, ...stepIds] = process.argv.slice(2);
if (!url || stepIds.length === 0) {
	console.error('usage: node tests/bench/morph-trace.mjs URL STEP-ID [STEP-ID…]');
	process.exit(2);
}
const KINDS = ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint'];

/** Places the step's card low on the screen (entered) or the previous step's (not yet). */
function place([id, entered]) {
	const step = document.getElementById(id);
	const card = entered ? step : step.previousElementSibling;
	scrollTo({ top: card.getBoundingClientRect().top + scrollY - innerHeight * (entered ? 0.85 : 0.3), behavior: 'instant' });
}

async function traceMorph(browser, stepId) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForTimeout(1500);
	await page.evaluate(place, [stepId, false]);
	await page.waitForTimeout(2500);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	const events = [];
	cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
	const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
	await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
	await page.waitForTimeout(300);
	await page.evaluate(place, [stepId, true]);
	await page.waitForTimeout(1200);
	await cdp.send('Tracing.end');
	await done;
	await context.close();
	const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.tid));
	const complete = events.filter((e) => main.has(e.tid) && e.ph === 'X');
	return Object.fromEntries(
		KINDS.map((kind) => {
			const list = complete.filter((e) => e.name === kind);
			return [kind, { count: list.length, ms: list.reduce((sum, e) => sum + e.dur, 0) / 1000 }];
		})
	);
}

const browser = await chromium.launch(chromiumLaunchOptions());
console.log(`| step (${url}) | ${KINDS.map((k) => `${k}: count, ms`).join(' | ')} |`);
console.log(`| --- | ${KINDS.map(() => '---:').join(' | ')} |`);
for (const stepId of stepIds) {
	const cost = await traceMorph(browser, stepId);
	console.log(`| ${stepId} | ${KINDS.map((k) => `${cost[k].count}, ${cost[k].ms.toFixed(0)}`).join(' | ')} |`);
}
await browser.close();
