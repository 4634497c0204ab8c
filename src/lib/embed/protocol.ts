/**
 * The messages between an embedded story (child) and its host page (parent), in the
 * formats hosts already run: pym.js strings, AMP's `embed-size`, and our own objects.
 * Parsers accept only exact shapes and return null for anything else.
 */

import { embedName } from 'virtual:story-settings';
import { MAX_INSET_SHARE, type Insets } from './host-chrome';

/** Named after the story (its settings' embedName), so two stories' embeds on one host page never mix. */
export const NAMESPACE = embedName;

/** Every message of our own, host and story alike, named `<namespace>:<what>`. */
export const MESSAGE = {
	/** Host → story: how the host will drive it. */
	hello: `${NAMESPACE}:hello`,
	/** Host → story (sticky mode): the active step and how far through it. */
	step: `${NAMESPACE}:step`,
	/** Host → story (feed mode): the host's viewport, for the story to find its step itself. */
	viewport: `${NAMESPACE}:viewport`,
	/** Host → story (sticky mode): the height of each step's tallest card, for the chart to fit above it. */
	cards: `${NAMESPACE}:cards`,
	/** Story → host: its content's height. */
	height: `${NAMESPACE}:height`
} as const;

export type DriveMode = 'sticky' | 'feed';
export const helloMessage = (mode: DriveMode) => ({ type: MESSAGE.hello, mode });
export const stepMessage = (id: string, progress: number, travelled: number) => ({ type: MESSAGE.step, id, progress, travelled });
export const viewportMessage = (top: number, height: number, insets: Insets) => ({ type: MESSAGE.viewport, top, height, insets });
export const cardsMessage = (heights: number[]) => ({ type: MESSAGE.cards, heights });
export const heightMessage = (height: number) => ({ type: MESSAGE.height, height: Math.ceil(height) });

/** The tallest content height a host accepts from the story, in CSS px (the whole story on a 320 px phone is about 30,000). */
export const MAX_CONTENT_HEIGHT = 100_000;

/**
 * Story → host: the content's height, or null for anything else. 0 is a height (sticky mode, where
 * everything is fixed, answers a hello with it); NaN, negatives, strings and giants are not.
 */
export function parseHeightMessage(data: unknown): number | null {
	if (typeof data !== 'object' || data === null) return null;
	const { type, height } = data as { type?: unknown; height?: unknown };
	if (type !== MESSAGE.height || !isFiniteNumber(height) || height < 0 || height > MAX_CONTENT_HEIGHT) return null;
	return height;
}

/** pym.js v1 wire format: `pymxPYMx<childId>xPYMx<type>xPYMx<message>`. */
const PYM = 'xPYMx';
export function pymMessage(childId: string, type: string, message: string): string {
	return ['pym', childId, type, message].join(PYM);
}
export function parsePymMessage(data: unknown, childId: string): { type: string; message: string } | null {
	if (typeof data !== 'string' || data.length > 500) return null;
	const parts = data.split(PYM);
	if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || !/^[a-z-]+$/.test(parts[2]!)) return null;
	return { type: parts[2]!, message: parts[3]! };
}

/** The host viewport and where the iframe sits in it, in the host's CSS pixels. */
export interface HostViewport {
	/** The iframe's top edge relative to the top of the host viewport (negative once scrolled past). */
	top: number;
	/** The host viewport's height. */
	height: number;
	/** How far the host's own chrome (a sticky header, an anchored ad) reaches in from its top and bottom. */
	insets?: Insets;
}

/**
 * Bounds for a host viewport read from a message: no screen is taller than the maximum, none a
 * reader reads on (a phone on its side with the keyboard up) shorter than the minimum, and no
 * frame sits further than this from the viewport. The feed's length follows the viewport's
 * height: a host sending 1e308 must not make the frame 33 million pixels tall, nor one sending
 * 5 (or 1e-300) shrink it to a strip until the next real scroll.
 */
export const MIN_VIEWPORT_HEIGHT = 100;
export const MAX_VIEWPORT_HEIGHT = 16_384;
export const MAX_VIEWPORT_OFFSET = 10_000_000;
const viewportWithin = (top: number, height: number): HostViewport | null =>
	height >= MIN_VIEWPORT_HEIGHT && height <= MAX_VIEWPORT_HEIGHT && Math.abs(top) <= MAX_VIEWPORT_OFFSET ? { top, height } : null;

/** Insets as the host-chrome module gives them: each edge at most MAX_INSET_SHARE of the viewport; anything else is null. */
function insetsWithin(value: unknown, height: number): Insets | null {
	if (!isRecord(value)) return null;
	const edge = (x: unknown) => isFiniteNumber(x) && x >= 0 && x <= height * MAX_INSET_SHARE;
	return edge(value.top) && edge(value.bottom) ? { top: value.top as number, bottom: value.bottom as number } : null;
}

/**
 * What a feed is laid out in before its host has said where its viewport is (a pym host answers
 * the frame's question one message later): the device's screen, within the bounds, with the
 * frame at its top. It is the right size on a phone, and is replaced by the host's answer.
 */
export function provisionalViewport(screenHeight: number): HostViewport {
	const height = Number.isFinite(screenHeight) ? screenHeight : 0;
	return { top: 0, height: Math.min(Math.max(height, MIN_VIEWPORT_HEIGHT), MAX_VIEWPORT_HEIGHT) };
}

/** pym's `viewport-iframe-position` payload: "vw vh top left bottom right". */
export function parsePymViewport(message: string): HostViewport | null {
	const numbers = message.trim().split(/\s+/).map(Number);
	if (numbers.length !== 6 || !numbers.every(Number.isFinite)) return null;
	const [, height, top] = numbers as [number, number, number];
	return viewportWithin(top, height);
}

export type HostMessage =
	| { type: 'hello'; mode: DriveMode }
	| { type: 'step'; id: string; progress: number; travelled?: number }
	| { type: 'viewport'; viewport: HostViewport }
	| { type: 'cards'; heights: number[] };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const STEP_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** No story has more steps than this: a longer list of card heights is not ours. */
const MAX_STEPS = 200;

/** Our loader's messages to the child. Anything else, however close, is null. */
export function parseHostMessage(data: unknown): HostMessage | null {
	if (!isRecord(data)) return null;
	if (data.type === MESSAGE.hello && (data.mode === 'sticky' || data.mode === 'feed')) return { type: 'hello', mode: data.mode };
	if (
		data.type === MESSAGE.step &&
		typeof data.id === 'string' &&
		STEP_ID.test(data.id) &&
		isFiniteNumber(data.progress) &&
		data.progress >= 0 &&
		data.progress <= 1
	) {
		const travelled = isFiniteNumber(data.travelled) && data.travelled >= 0 ? data.travelled : undefined;
		return travelled === undefined
			? { type: 'step', id: data.id, progress: data.progress }
			: { type: 'step', id: data.id, progress: data.progress, travelled };
	}
	if (data.type === MESSAGE.viewport && isFiniteNumber(data.top) && isFiniteNumber(data.height)) {
		const viewport = viewportWithin(data.top, data.height);
		if (!viewport) return null;
		if (data.insets === undefined) return { type: 'viewport', viewport };
		const insets = insetsWithin(data.insets, viewport.height);
		return insets ? { type: 'viewport', viewport: { ...viewport, insets } } : null;
	}
	if (
		data.type === MESSAGE.cards &&
		Array.isArray(data.heights) &&
		data.heights.length <= MAX_STEPS &&
		data.heights.every((h) => isFiniteNumber(h) && h >= 0 && h <= MAX_VIEWPORT_HEIGHT)
	)
		return { type: 'cards', heights: data.heights as number[] };
	return null;
}

/** What the child tells the host about its height, in every format a host may listen for. */
export function heightMessages(height: number, childId: string | null): unknown[] {
	const h = Math.ceil(height);
	return [
		...(childId ? [pymMessage(childId, 'height', String(h))] : []),
		{ sentinel: 'amp', type: 'embed-size', height: h },
		heightMessage(h)
	];
}

/**
 * A child id as pym.js writes it into the iframe URL: whatever id the host gave its container
 * (`story.1`, `graphic:story`, long ones too), up to 256 characters, without control
 * characters or pym's own separator. It only ever travels back inside a postMessage string.
 */
export const MAX_CHILD_ID_LENGTH = 256;
export function childIdFrom(search: string): string | null {
	const id = new URLSearchParams(search).get('childId');
	if (!id || id.length > MAX_CHILD_ID_LENGTH || id.includes(PYM)) return null;
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
	return /[\u0000-\u001f\u007f]/.test(id) ? null : id;
}

/**
 * Where our messages to the host may go. A parent with an opaque origin (a sandboxed frame, a
 * data: URL) reports its origin as the string "null", which postMessage refuses as a target:
 * such a parent can only be reached with "*" (the messages carry only the frame's height).
 */
export function targetOriginFor(origin: string | null): string {
	return origin && origin !== 'null' ? origin : '*';
}
