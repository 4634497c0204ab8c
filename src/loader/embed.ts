/**
 * The host loader, build/embed.js: finds our iframes in a host page, sizes them, and drives the
 * story from the host page's scroll. A classic script (IIFE) a host adds with one tag; no
 * globals, no HTML from messages, styles written through the CSSOM only (a strict host CSP
 * allows them). It finds the active step with the story's own rule (activeStepAt at the
 * trigger line) and speaks the protocol of src/lib/embed/protocol.ts.
 * Embed codes: /embed-help/ on the story's site.
 */
import { activeStepAt } from '$lib/scroll/active-step';
import { BEHIND_TEXT_TRIGGER } from '$lib/scroll/trigger';
import { cardsMessage, helloMessage, MESSAGE, NAMESPACE, stepMessage, viewportMessage, type DriveMode } from '$lib/embed/protocol';
import { chromeInsets, hostInsets, statedOffset, type ChromeBox, type Insets } from '$lib/embed/host-chrome';

const BOX = `data-${NAMESPACE}`;
const STEP = 'data-step';

/** An ancestor that clips or transforms breaks position: sticky for everything inside it. */
function breaksSticky(element: Element): boolean {
	for (let node = element.parentElement; node && node !== document.documentElement; node = node.parentElement) {
		const style = getComputedStyle(node);
		if (style.overflow !== 'visible' || style.overflowY !== 'visible' || style.transform !== 'none' || style.contain.includes('paint'))
			return true;
	}
	return false;
}

/**
 * Sticky mode, Flourish-style: the frame sticks while the host's own step cards scroll over it,
 * laid out as our own page lays them out on phones (Story.svelte): a card per paragraph, nearly
 * a screen apart, so a card read whole at the bottom of the screen has the chart in view above it.
 */
function layOutSticky(box: HTMLElement, frame: HTMLIFrameElement, steps: HTMLElement[]): void {
	Object.assign(box.style, { position: 'relative' });
	Object.assign(frame.style, { position: 'sticky', top: '0', zIndex: '0' });
	Object.assign(steps[0]!.parentElement!.style, {
		position: 'relative',
		zIndex: '1',
		pointerEvents: 'none',
		margin: '-100vh 0 0',
		padding: '0',
		listStyle: 'none'
	});
	for (const [i, step] of steps.entries()) {
		step.style.padding = `${i ? 5 : 50}vh 1rem 85vh`;
		for (const [c, card] of [...step.children].entries())
			Object.assign((card as HTMLElement).style, {
				pointerEvents: 'auto',
				background: '#fff',
				padding: '.8rem 1rem',
				maxWidth: '32rem',
				margin: `${c ? 90 : 0}vh auto 0`,
				boxShadow: '0 1px 8px rgba(0,0,0,.2)'
			});
	}
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

const wired = new WeakSet<Element>();

function setUp(box: HTMLElement): void {
	const found = box.querySelector('iframe');
	if (!found || wired.has(box)) return;
	const frame: HTMLIFrameElement = found;
	wired.add(box);
	const origin = new URL(frame.src, location.href).origin;
	const steps = [...box.querySelectorAll<HTMLElement>(`[${STEP}]`)];
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
		if (height !== seenHeight) headerRoom = 0;
		seenHeight = height;
		headerRoom = Math.max(headerRoom, clear.top);
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
			const message = stepMessage(steps[position.index]!.getAttribute(STEP) ?? '', position.progress, position.travelled);
			const key = message.id + message.progress.toFixed(3);
			if (key !== last) post(message);
			last = key;
		}
		// A header that hides or returns on scroll slides in its own time: follow it frame by frame.
		if (performance.now() < following) queue();
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
		following = performance.now() + FOLLOW_MS;
		queue();
	};

	frame.setAttribute('scrolling', 'no');
	Object.assign(frame.style, { border: '0', width: '100%', display: 'block' });
	if (mode === 'sticky') {
		layOutSticky(box, frame, steps);
		// Cards change height with the host's fonts and width.
		const resized = new ResizeObserver(sendCards);
		for (const step of steps) resized.observe(step);
	}
	// Feed: the frame tells the story itself; the host's copy stays in the page for search engines.
	else if (steps.length) steps[0]!.parentElement!.hidden = true;

	addEventListener('message', (event) => {
		const data = event.data as { type?: unknown; height?: unknown } | null;
		if (event.source !== frame.contentWindow || event.origin !== origin || data?.type !== MESSAGE.height) return;
		// The story's first height report means it is listening: greet it (again after each reload).
		if (!greeted) {
			greeted = true;
			hello();
		}
		const height = data.height;
		if (mode === 'sticky' || typeof height !== 'number' || !(height > 0 && height < 1e5)) return;
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
