import {
	childIdFrom,
	heightMessages,
	heightMessage,
	parseHostMessage,
	parsePymMessage,
	parsePymViewport,
	pymMessage,
	targetOriginFor,
	type HostMessage
} from './protocol';
import { statedInsets } from './host-chrome';

export interface HostLink {
	/** Report the height now (after a change the observers cannot see). */
	reportHeight(): void;
	/**
	 * Ask a pym.js host where its viewport is now. pym tells a frame only when the host scrolls or
	 * resizes, so a feed asked for in the frame's address would otherwise wait for the reader's
	 * first scroll (and on a host too short to scroll, for ever). Our loader tells it unasked.
	 */
	requestViewport(): void;
	destroy(): void;
}

/** The origin of the page that frames us, where the browser tells us; null if it does not. */
function parentOrigin(): string | null {
	const ancestor = location.ancestorOrigins?.[0];
	if (ancestor && ancestor !== 'null') return ancestor;
	try {
		return document.referrer ? new URL(document.referrer).origin : null;
	} catch {
		return null;
	}
}

/**
 * Connects an embedded story to the page that frames it: reports `root`'s height
 * whenever it changes (ResizeObserver, fonts, load) in pym, AMP and our own formats,
 * and passes on the host's messages. Only messages from the parent window, from the
 * parent's origin and of a known shape get through; everything else is ignored.
 */
export function linkToHost(root: HTMLElement, onMessage: (message: HostMessage) => void): HostLink | null {
	if (window.parent === window) return null;
	const childId = childIdFrom(location.search);
	// Chromium and Safari name the parent's origin; elsewhere the first hello from the parent window pins it.
	let origin = parentOrigin();
	let lastHeight = -1;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const post = (payloads: unknown[]) => {
		for (const payload of payloads) window.parent.postMessage(payload, targetOriginFor(origin));
	};
	const measure = () => {
		timer = undefined;
		const height = Math.ceil(root.getBoundingClientRect().height);
		// Only real changes are reported: a host that sizes the frame to our height cannot start a loop.
		if (height === lastHeight || height === 0) return;
		lastHeight = height;
		post(heightMessages(height, childId));
	};
	// A timer, not requestAnimationFrame: browsers pause animation frames in cross-origin
	// frames that are off screen, and a frame below the fold must still report its height.
	const schedule = () => {
		timer ??= setTimeout(measure, 16);
	};
	const resend = () => {
		lastHeight = -1;
		schedule();
	};

	const onWindowMessage = (event: MessageEvent) => {
		if (event.source !== window.parent) return;
		if (origin !== null && event.origin !== origin) return;
		if (childId) {
			const pym = parsePymMessage(event.data, childId);
			if (pym?.type === 'width') return resend();
			const viewport = pym?.type === 'viewport-iframe-position' ? parsePymViewport(pym.message) : null;
			if (viewport) {
				onMessage({
					type: 'viewport',
					viewport: { ...viewport, insets: statedInsets((name) => new URLSearchParams(location.search).get(name), viewport.height) }
				});
				return schedule();
			}
			if (pym) return;
		}
		const message = parseHostMessage(event.data);
		if (!message) return;
		if (message.type === 'hello') {
			origin ??= event.origin;
			// Answer at once, whatever our height: in sticky mode everything here is position: fixed and
			// the height is 0, which is never reported, and the loader waits for an answer before driving us.
			post([heightMessage(root.getBoundingClientRect().height)]);
			resend();
		}
		onMessage(message);
		// A frame scrolled out of the host's view gets no resize observations (its rendering is
		// paused), but it still gets the host's messages: measure on those too.
		schedule();
	};

	window.addEventListener('message', onWindowMessage);
	const observer = new ResizeObserver(schedule);
	observer.observe(root);
	document.fonts?.ready.then(resend);
	window.addEventListener('load', resend);
	schedule();

	return {
		reportHeight: resend,
		requestViewport() {
			if (childId) post([pymMessage(childId, 'parentPositionInfo', '')]);
		},
		destroy() {
			clearTimeout(timer);
			observer.disconnect();
			window.removeEventListener('message', onWindowMessage);
			window.removeEventListener('load', resend);
		}
	};
}
