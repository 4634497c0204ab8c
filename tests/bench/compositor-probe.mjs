// node tests/bench/compositor-probe.mjs
// What a morph played by Web Animations costs the main thread, for the design of the story's
// morphs (docs/performance.md, issue 31): 60 units, each an SVG <g> (a circle and a label) or an
// HTML <div>, moved and faded by an animation of transform and opacity, either playing on its own
// or paused with its currentTime set every frame (scrubbed by script). Prints the style
// recalculations, layouts and main-thread task time over 2 s in Chromium.
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tools/find-browser.mjs';

const UNITS = 60;
const SECONDS = 2;

/** A page of UNITS units, in SVG or HTML, each with a running animation of transform and opacity. */
function probePage(kind) {
	const unit =
		kind === 'svg'
			? `const u = document.createElementNS('http://www.w3.org/2000/svg', 'g'); u.innerHTML = '<circle r="6"/><text x="12" dy=".35em">Unit ' + i + '</text>';`
			: `const u = document.createElement('div'); u.className = 'u'; u.innerHTML = '<i></i>Unit ' + i;`;
	const box = kind === 'svg' ? '<svg width="380" height="600" id="box"></svg>' : '<div id="box"></div>';
	return `<!doctype html><meta name="viewport" content="width=device-width">
<style>#box { position: relative; width: 380px; height: 600px } .u { position: absolute; font: 14px sans-serif }
.u i { display: inline-block; width: 12px; height: 12px; border-radius: 6px; background: #333; margin-right: 6px }</style>
${box}
<script>
const box = document.getElementById('box');
for (let i = 0; i < ${UNITS}; i++) {
	${unit}
	box.append(u);
	const x = i < ${UNITS / 2} ? 10 : 190, y = (i % ${UNITS / 2}) * 19;
	u.animate([{ transform: 'translate(' + x + 'px, ' + y + 'px)', opacity: 0.2 }, { transform: 'translate(' + (x + 40) + 'px, ' + (y + 20) + 'px)', opacity: 1 }],
		{ duration: 2000, iterations: Infinity, direction: 'alternate' });
}
</script>`;
}

/** Every frame, each animation paused and set to the frame's time: a morph scrubbed by script. */
function scrubEveryFrame() {
	const all = document.getAnimations();
	all.forEach((animation) => animation.pause());
	const start = performance.now();
	const frame = (now) => {
		for (const animation of all) animation.currentTime = (now - start) % 2000;
		requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
}

const browser = await chromium.launch(chromiumLaunchOptions());
console.log(`| ${UNITS} units animated by Web Animations, ${SECONDS} s | style recalculations | layouts | main-thread task time |`);
console.log('| --- | ---: | ---: | ---: |');
for (const [kind, scrubbed] of [
	['svg', false],
	['html', false],
	['svg', true],
	['html', true]
]) {
	const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	await page.setContent(probePage(kind));
	if (scrubbed) await page.evaluate(scrubEveryFrame);
	await page.waitForTimeout(300);
	const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
	const before = await metrics();
	await page.waitForTimeout(SECONDS * 1000);
	const after = await metrics();
	const change = (name) => after[name] - before[name];
	console.log(
		`| ${kind === 'svg' ? 'SVG <g>' : 'HTML <div>'}, ${scrubbed ? 'paused, currentTime set every frame' : 'playing'} | ${change('RecalcStyleCount')} | ${change('LayoutCount')} | ${Math.round(change('TaskDuration') * 1000)} ms |`
	);
	await page.close();
}
await browser.close();
