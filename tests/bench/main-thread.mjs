// What a page costs a phone's main thread, measured the way ../shared/tools/measure measures it
// (so the two agree on one build): a phone context (390x844, mobile, touch, pixel ratio 2), 4x CPU,
// observers registered before the page's own scripts, and a wheel scroll of the whole page paced by
// the wall clock. Used by bench.mjs for the story and for the reference page beside it.

export const PHONE = { width: 390, height: 844 };
export const THROTTLE = 4;
const REFRESH_MS = 1000 / 60;

/** Runs in the page before its scripts: long tasks, long animation frames (with the scripts in them), LCP, CLS, FCP. */
function observeMainThread() {
	if (window.top !== window || window.__mainThread) return;
	const m = (window.__mainThread = { longTasks: [], loafs: [], lcp: 0, fcp: 0, shifts: [] });
	const observe = (type, each) => {
		try {
			new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
		} catch {
			// An entry type this browser lacks: its list stays empty.
		}
	};
	observe('longtask', (e) => m.longTasks.push({ t: e.startTime, d: e.duration }));
	// A long animation frame (over 50 ms), with the scripts that ran in it: where its time went.
	observe('long-animation-frame', (e) =>
		m.loafs.push({
			t: e.startTime,
			d: e.duration,
			scripts: e.scripts.map((s) => ({
				d: s.duration,
				what: `${s.invoker || s.invokerType} in ${(s.sourceURL || '').split('/').pop() || 'the page'}${s.sourceFunctionName ? ` (${s.sourceFunctionName})` : ''}`
			})),
			// What the frame spent outside scripts: style and layout of the frame's rendering.
			styleAndLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0
		})
	);
	observe('largest-contentful-paint', (e) => (m.lcp = e.startTime));
	observe('paint', (e) => e.name === 'first-contentful-paint' && (m.fcp = e.startTime));
	observe('layout-shift', (e) => m.shifts.push({ t: e.startTime, v: e.value }));
}

async function phoneContext(browser) {
	const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await page.addInitScript(observeMainThread);
	return { context, page, cdp };
}

const scriptSeconds = async (cdp) =>
	(await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;

/** Session-window CLS as web-vitals computes it (a window ends after a 1 s gap, or at 5 s). */
function cls(shifts) {
	let best = 0;
	let current = 0;
	let first = -Infinity;
	let previous = -Infinity;
	for (const shift of [...shifts].sort((a, b) => a.t - b.t)) {
		if (shift.t - previous > 1000 || shift.t - first > 5000) {
			current = 0;
			first = shift.t;
		}
		current += shift.v;
		previous = shift.t;
		best = Math.max(best, current);
	}
	return best;
}

/** The scripts that took longest in a list of long animation frames, summed by what ran. */
export function loafScripts(loafs, top = 4) {
	const byWhat = new Map();
	for (const script of loafs.flatMap((loaf) => loaf.scripts)) byWhat.set(script.what, (byWhat.get(script.what) ?? 0) + script.d);
	return [...byWhat]
		.sort((a, b) => b[1] - a[1])
		.slice(0, top)
		.map(([what, ms]) => ({ what, ms: Math.round(ms) }));
}

/**
 * One cold load at 4x CPU (throttled before the request, as the outside tool does), then the page
 * left quiet for 1.5 s after the network: LCP, CLS, long tasks and their blocking time, and the
 * long animation frames with their scripts.
 */
export async function measureLoad(browser, url) {
	const { context, page, cdp } = await phoneContext(browser);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1500);
	const m = await page.evaluate(() => window.__mainThread);
	await context.close();
	return {
		lcp: m.lcp,
		cls: cls(m.shifts),
		longTasks: m.longTasks.length,
		longestTask: Math.max(0, ...m.longTasks.map((t) => t.d)),
		// Total blocking time: long tasks' time over 50 ms, after the first paint.
		tbt: m.longTasks.filter((t) => t.t >= m.fcp).reduce((sum, t) => sum + Math.max(0, t.d - 50), 0),
		loafs: m.loafs
	};
}

/** Scrolls the page top to bottom with the wheel at `pxPerSecond`, paced by the wall clock. */
export async function wheelThrough(page, pxPerSecond) {
	const distance = await page.evaluate(() => document.scrollingElement.scrollHeight - innerHeight);
	await page.mouse.move(PHONE.width / 2, PHONE.height / 2);
	const TICK_MS = 33;
	const start = Date.now();
	let sent = 0;
	for (let tick = 1; sent < distance; tick++) {
		const target = Math.min(distance, Math.round(((Date.now() - start) / 1000) * pxPerSecond));
		if (target > sent) {
			await page.mouse.wheel(0, target - sent);
			sent = target;
		}
		await page.waitForTimeout(Math.max(1, start + tick * TICK_MS - Date.now()));
	}
	return { distance, seconds: (Date.now() - start) / 1000 };
}

/**
 * A page loaded as a phone reader gets it, then the CPU throttled for what is measured next (the
 * load's own cost is measureLoad's): cross-origin isolated pages give frame times to 5 µs.
 */
export async function openPhonePage(browser, url) {
	const { context, page, cdp } = await phoneContext(browser);
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(1500);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	return { context, page, cdp };
}

/**
 * One scroll of the whole page at a pace, as the outside tool records it: every frame (a
 * requestAnimationFrame recorder, about 10 ms of script a second at 4x on any page), the long
 * tasks and long animation frames that start during it, and the page's script per second from the
 * scroll's start to 0.7 s after its last wheel event.
 */
export async function measureScroll(browser, url, pxPerSecond) {
	const { context, page, cdp } = await openPhonePage(browser, url);
	await cdp.send('Performance.enable');
	if (!(await page.evaluate(() => crossOriginIsolated)))
		throw new Error(`${url} is not cross-origin isolated: frame times would be rounded to 0.1 ms.`);
	const startedAt = await page.evaluate(() => {
		const f = (window.__frames = { times: [], running: true });
		let last;
		const tick = (now) => {
			if (last !== undefined) f.times.push(now - last);
			last = now;
			if (f.running) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
		return performance.now();
	});
	const scriptBefore = await scriptSeconds(cdp);
	const { distance, seconds: wheelSeconds } = await wheelThrough(page, pxPerSecond);
	await page.waitForTimeout(700);
	const scriptMs = ((await scriptSeconds(cdp)) - scriptBefore) * 1000;
	const { times, longTasks, loafs, elapsed } = await page.evaluate((startedAt) => {
		window.__frames.running = false;
		const m = window.__mainThread;
		return {
			times: window.__frames.times,
			longTasks: m.longTasks.filter((t) => t.t >= startedAt),
			loafs: m.loafs.filter((l) => l.t >= startedAt),
			elapsed: (performance.now() - startedAt) / 1000
		};
	}, startedAt);
	await context.close();
	// Frames come whole refresh intervals apart (16.7 ms at 60 Hz), give or take the timer's jitter:
	// "over 33 ms" is three intervals or more, "over 50 ms" four or more.
	const intervals = (t) => Math.round(t / REFRESH_MS);
	const percentile = (p) => [...times].sort((a, b) => a - b)[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
	return {
		speed: distance / wheelSeconds,
		frames: times.length,
		p50: percentile(50),
		p95: percentile(95),
		p99: percentile(99),
		max: Math.max(0, ...times),
		over33: times.filter((t) => intervals(t) >= 3).length,
		over50: times.filter((t) => intervals(t) >= 4).length,
		longTasks: longTasks.length,
		longestTask: Math.max(0, ...longTasks.map((t) => t.d)),
		loafs: loafs.length,
		longestLoaf: Math.max(0, ...loafs.map((l) => l.d)),
		loafList: loafs,
		scriptPerSecond: scriptMs / elapsed
	};
}

/**
 * Interaction to next paint for one interaction at 4x CPU, as the Event Timing API reports it:
 * the longest event of the interaction, from input to the paint after it (what Chrome's INP
 * counts, per interaction). `prepare` brings the page to where the reader acts, unthrottled;
 * `act` is the reader's click or key press. An interaction under 16 ms reports no entry: 16 is
 * then an upper bound.
 */
export async function measureInteraction(browser, url, prepare, act) {
	const { context, page, cdp } = await phoneContext(browser);
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	await prepare(page);
	await page.waitForTimeout(1000);
	await page.evaluate(() => {
		window.__interactions = [];
		new PerformanceObserver((list) =>
			list.getEntries().forEach((e) => e.interactionId && window.__interactions.push({ id: e.interactionId, name: e.name, d: e.duration }))
		).observe({ type: 'event', durationThreshold: 16 });
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	await act(page);
	await page.waitForTimeout(1500);
	const entries = await page.evaluate(() => window.__interactions);
	await context.close();
	return { inp: Math.max(16, ...entries.map((e) => e.d)), events: [...new Set(entries.map((e) => e.name))].join(', ') };
}

/**
 * The interactions issue 31 names, each on the page where a reader meets it: a date chosen in the
 * explorer, compare turned on there, and Next pressed in the embed's stepper.
 */
export const INTERACTIONS = {
	'explorer: choose a date': {
		path: '/explore/',
		prepare: (page) => page.locator('[data-explore-ready="true"]').waitFor(),
		act: (page) => page.locator('[data-stop] input').nth(1).click()
	},
	'explorer: compare with a date': {
		path: '/explore/',
		prepare: (page) => page.locator('[data-explore-ready="true"]').waitFor(),
		act: (page) => page.locator('[data-compare-stop] input').nth(1).click()
	},
	'embed stepper: Next': {
		path: '/embed/',
		prepare: (page) => page.locator('.embed-stepper a.next').waitFor(),
		act: (page) => page.locator('.embed-stepper a.next').click()
	}
};
