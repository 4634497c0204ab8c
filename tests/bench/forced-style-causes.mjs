// node tests/bench/forced-style-causes.mjs URL [PX-PER-SECOND]
// Why style is forced in scroll handlers (the bench's "forced style or layout" budget): a phone
// page (390x844, 4x CPU) flung top to bottom, traced with Chromium's invalidation tracking. For
// each style pass forced inside a scroll event's dispatch, the invalidations recorded since the
// last rendering's own pass (reason, element, and the script that made them, where there is one),
// counted over the fling. Serve a build first (npm start, or node src/build/serve.mjs --port N).
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tools/find-browser.mjs';
import { openPhonePage, wheelThrough } from './main-thread.mjs';

const [url, pace = '1700'] = process.argv.slice(2);
if (!url) {
	console.error('usage: node tests/bench/forced-style-causes.mjs URL [PX-PER-SECOND]');
	process.exit(2);
}
const browser = await chromium.launch(chromiumLaunchOptions());
const { context, page, cdp } = await openPhonePage(browser, url);
const events = [];
cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
await cdp.send('Tracing.start', {
	categories: 'devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking,disabled-by-default-devtools.timeline.stack',
	transferMode: 'ReportEvents'
});
await wheelThrough(page, Number(pace));
await page.waitForTimeout(700);
await cdp.send('Tracing.end');
await complete;
await context.close();
await browser.close();

const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => e.tid));
const onMain = events.filter((e) => main.has(e.tid)).sort((a, b) => a.ts - b.ts);
const timed = onMain.filter((e) => e.ph === 'X');
const scrollDispatches = timed.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'scroll');
const inside = (e, outer) => e.ts >= outer.ts && e.ts + (e.dur ?? 0) <= outer.ts + outer.dur;
const styles = timed.filter((e) => e.name === 'UpdateLayoutTree');
const forced = styles.filter((e) => scrollDispatches.some((d) => inside(e, d)));
const rendering = styles.filter((e) => !forced.includes(e));
const INVALIDATION = /InvalidationTracking$/;

const causes = new Map();
let animationOnly = 0;
for (const pass of forced) {
	const since = rendering.filter((r) => r.ts < pass.ts).at(-1)?.ts ?? 0;
	const seen = new Set(
		onMain
			.filter((e) => e.ts > since && e.ts < pass.ts && INVALIDATION.test(e.name))
			.map((e) => {
				const data = e.args?.data ?? {};
				const script = data.stackTrace?.[0];
				const by = script ? ` by ${script.functionName || '(anonymous)'} ${script.url?.split('/').pop()}:${script.lineNumber}` : '';
				return `${e.name.replace('InvalidationTracking', '')}: ${data.reason ?? data.changedAttribute ?? data.changedClass ?? ''} on ${data.nodeName ?? '?'}${by}`;
			})
	);
	if (!seen.size) seen.add('(no invalidation recorded)');
	// Blink's own sampling of running animations (and the layout that follows it), no script's write.
	if ([...seen].every((cause) => /: (Animation|Style changed) on/.test(cause))) animationOnly++;
	for (const cause of seen) causes.set(cause, (causes.get(cause) ?? 0) + 1);
}
console.log(
	`${forced.length} style passes forced in scroll handlers at ${pace} px/s, ${animationOnly} after running animations' samples alone.`
);
console.log('What preceded them (passes each cause preceded):');
for (const [cause, count] of [...causes].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${String(count).padStart(4)}  ${cause}`);
