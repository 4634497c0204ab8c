/**
 * The host loader, build/embed.js: finds our iframes in a host page, sizes them, and drives the
 * story from the host page's scroll. A classic script (IIFE) a host adds with one tag; no
 * globals, no HTML from messages, styles written through the CSSOM only (a strict host CSP
 * allows them; the embed code's own <style> may be refused, see ensureLayout). It finds the active step with the story's own rule (activeStepAt at the
 * trigger line) and speaks the protocol of src/lib/embed/protocol.ts.
 * Embed codes: /embed-help/ on the story's site.
 */
import { activeStepAt } from '$lib/scroll/active-step';
import { BEHIND_TEXT_TRIGGER } from '$lib/scroll/trigger';
import {
	cardsMessage,
	helloMessage,
	NAMESPACE,
	parseHeightMessage,
	stepMessage,
	viewportMessage,
	type DriveMode
} from '$lib/embed/protocol';
import { chromeInsets, hostInsets, statedOffset, type ChromeBox, type Insets } from '$lib/embed/host-chrome';
import { stickyLayoutCss } from '$lib/embed/sticky-layout';

const BOX = `data-${NAMESPACE}`;

/** An ancestor that clips or transforms breaks position: sticky for everything inside it. */
function breaksSticky(element: Element): boolean {
	for (let node = element.parentElement; node && node !== document.documentElement; node = node.parentElement) {
		const style = getComputedStyle(node);
		// (The overflow shorthand reads "visible" only when both axes are.)
		if (style.overflow !== 'visible' || style.transform !== 'none' || style.contain.includes('paint')) return true;
	}
	return false;
}

/**
 * The host page's layout for the embed (sticky-layout.ts) comes with the embed code, in a <style>
 * applied before this runs. Where the host's CSP refused it, or an older code has none, the same
 * sheet is adopted here, once for the page.
 */
function ensureLayout(frame: HTMLIFrameElement): void {
	// The sheet's custom property on the frame: from the code's <style>, or adopted by any copy of this script.
	if (getComputedStyle(frame).getPropertyValue(`--${NAMESPACE}`)) return;
	const sheet = new CSSStyleSheet();
	sheet.replaceSync(stickyLayoutCss(NAMESPACE));
	document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * The host's own fixed and sticky elements along the top and bottom of the viewport (a site
 * header, an anchored ad), found where they would cover the frame: down the middle of each edge.
 */
function hostChrome(frame: HTMLIFrameElement): Insets {
	const boxes: ChromeBox[] = [];
	for (const y of [0, innerHeight - 1])
		for (let node = document.elementFromPoint(innerWidth / 2, y); node && node !== document.body; node = node.parentElement) {
			if (node === frame || node.contains(frame)) break;
			const position = getComputedStyle(node).position;
			if (position !== 'fixed' && position !== 'sticky') continue;
			boxes.push(node.getBoundingClientRect());
			break;
		}
	return chromeInsets(boxes, { width: innerWidth, height: innerHeight });
}

// Marks a box as set up, for every copy of this script on the page (each embed code brings one).
const WIRED = Symbol.for(BOX);

function setUp(box: HTMLElement & { [WIRED]?: true }): void {
	const found = box.querySelector('iframe');
	if (!found || box[WIRED]) return;
	const frame: HTMLIFrameElement = found;
	box[WIRED] = true;
	const origin = new URL(frame.src, location.href).origin;
	const steps = [...box.querySelectorAll<HTMLElement>('[data-step]')];
	const mode: DriveMode = steps.length && !breaksSticky(box) ? 'sticky' : 'feed';
	let queued = 0;
	let last = '';
	let greeted = false;

	// Only to our origin, and only once the story has said it is listening.
	const post = (message: unknown) => greeted && frame.contentWindow?.postMessage(message, origin);
	// The hello may reach a frame that has not loaded our page yet, so it names no origin; it carries nothing private.
	const hello = () => {
		frame.contentWindow?.postMessage(helloMessage(mode), '*');
		last = '';
		update();
		if (mode === 'sticky') sendCards();
	};
	// The tallest header seen since the last resize: the graphic is sized for the room under it,
	// and slides up when it hides, so it follows the header without being drawn anew.
	let headerRoom = 0;
	let seenHeight = 0;
	function update() {
		queued = 0;
		const height = innerHeight;
		// Clear of the host's chrome (stated in the embed code, else found), edge by edge.
		const stated = { top: statedOffset(box.dataset.offsetTop, height), bottom: statedOffset(box.dataset.offsetBottom, height) };
		const clear = hostInsets(stated, hostChrome(frame));
		headerRoom = height === seenHeight ? Math.max(headerRoom, clear.top) : clear.top;
		seenHeight = height;
		if (mode === 'feed') post(viewportMessage(frame.getBoundingClientRect().top, height, clear));
		else {
			const visible = height - headerRoom - clear.bottom;
			const boxes = steps.map((step) => step.getBoundingClientRect());
			// Cards go over the graphic at every width (as on our phones): the trigger line is low.
			const position = activeStepAt(boxes, clear.top + visible * BEHIND_TEXT_TRIGGER, height);
			// Moved by a transform (no layout shift as a header hides and returns), with a margin that
			// keeps the frame's room in the page the same, so nothing of the host's page moves either.
			Object.assign(frame.style, {
				transform: `translateY(${clear.top}px)`,
				height: `${visible}px`,
				marginBottom: `${height - visible}px`
			});
			const message = stepMessage(steps[position.index]!.dataset.step!, position.progress, position.travelled);
			const key = message.id + message.progress.toFixed(3);
			if (key !== last) post(message);
			last = key;
		}
		// A header that hides or returns on scroll slides in its own time: follow it frame by frame.
		if (Date.now() < following) queue();
	}
	// Each step's tallest card, for the story to fit its chart above it.
	const sendCards = () =>
		post(cardsMessage(steps.map((step) => Math.max(0, ...[...step.children].map((card) => (card as HTMLElement).offsetHeight)))));
	// How long after a scroll the host's chrome may still be moving (its transitions, typically 0.2–0.3 s).
	const FOLLOW_MS = 500;
	let following = 0;
	const queue = () => {
		if (!queued) queued = requestAnimationFrame(update);
	};
	const scrolled = () => {
		following = Date.now() + FOLLOW_MS;
		queue();
	};

	frame.scrolling = 'no';
	// Sticky mode, Flourish-style: the frame sticks while the host's own step cards scroll over it.
	// Feed: the frame tells the story itself; the host's copy stays in the page for search engines.
	box.dataset.layout = mode;
	ensureLayout(frame);
	if (mode === 'sticky') {
		// Cards change height with the host's fonts and width.
		const resized = new ResizeObserver(sendCards);
		for (const step of steps) resized.observe(step);
	} else if (steps.length) steps[0]!.parentElement!.hidden = true;

	addEventListener('message', (event) => {
		if (event.source !== frame.contentWindow || event.origin !== origin) return;
		const height = parseHeightMessage(event.data);
		if (height === null) return;
		// The story's first height report means it is listening: greet it (again after each reload).
		if (!greeted) {
			greeted = true;
			hello();
		}
		if (mode === 'sticky' || height === 0) return;
		frame.style.height = `${Math.ceil(height)}px`;
	});
	addEventListener('scroll', scrolled, { passive: true });
	addEventListener('transitionend', queue, true);
	addEventListener('resize', queue);
	frame.addEventListener('load', () => {
		greeted = false;
		hello();
	});
	hello();
}

const init = () => document.querySelectorAll<HTMLElement>(`[${BOX}]`).forEach(setUp);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
