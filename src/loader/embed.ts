/**
 * The host loader, build/embed.js: finds our iframes in a host page, sizes them, and drives the
 * story from the host page's scroll. A classic script (IIFE) a host adds with one tag; no
 * globals, no HTML from messages, styles written through the CSSOM only (a strict host CSP
 * allows them). It finds the active step with the story's own rule (activeStepAt at the
 * trigger line of triggerOffset) and speaks the protocol of src/lib/embed/protocol.ts.
 * Embed codes: /embed-help/ on the story's site.
 */
import { activeStepAt } from '$lib/scroll/active-step';
import { triggerOffset } from '$lib/scroll/trigger';
import { helloMessage, MESSAGE, NAMESPACE, stepMessage, viewportMessage, type DriveMode } from '$lib/embed/protocol';

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

/** Sticky mode, Flourish-style: the frame sticks while the host's own step cards scroll over it. */
function layOutSticky(box: HTMLElement, frame: HTMLIFrameElement, steps: HTMLElement[]): void {
	Object.assign(box.style, { position: 'relative' });
	Object.assign(frame.style, { position: 'sticky', top: '0', zIndex: '0' });
	const list = steps[0]!.parentElement!;
	Object.assign(list.style, {
		position: 'relative',
		zIndex: '1',
		pointerEvents: 'none',
		marginTop: '-100vh',
		paddingTop: '60vh',
		listStyle: 'none',
		paddingLeft: '0'
	});
	for (const step of steps) {
		step.style.minHeight = '110vh';
		const card = step.firstElementChild as HTMLElement | null;
		if (card)
			Object.assign(card.style, {
				pointerEvents: 'auto',
				background: '#fff',
				padding: '1em',
				maxWidth: '32rem',
				margin: '0 auto',
				boxShadow: '0 1px 8px rgba(0,0,0,.2)'
			});
	}
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
	};
	function update() {
		queued = 0;
		const height = innerHeight;
		if (mode === 'feed') return void post(viewportMessage(frame.getBoundingClientRect().top, height));
		frame.style.height = `${height}px`;
		const boxes = steps.map((step) => step.getBoundingClientRect());
		const position = activeStepAt(boxes, height * triggerOffset(innerWidth), height);
		const message = stepMessage(steps[position.index]!.getAttribute(STEP) ?? '', position.progress, position.travelled);
		const key = message.id + message.progress.toFixed(3);
		if (key !== last) post(message);
		last = key;
	}
	const queue = () => {
		if (!queued) queued = requestAnimationFrame(update);
	};

	frame.setAttribute('scrolling', 'no');
	Object.assign(frame.style, { border: '0', width: '100%', display: 'block' });
	if (mode === 'sticky') layOutSticky(box, frame, steps);
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
	addEventListener('scroll', queue, { passive: true });
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
