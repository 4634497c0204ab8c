/**
 * The messages between an embedded story (child) and its host page (parent), in the
 * formats hosts already run: pym.js strings, AMP's `embed-size`, and our own objects.
 * Parsers accept only exact shapes and return null for anything else.
 */

export const NAMESPACE = 'alibaba-story';

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
}

/** pym's `viewport-iframe-position` payload: "vw vh top left bottom right". */
export function parsePymViewport(message: string): HostViewport | null {
	const numbers = message.trim().split(/\s+/).map(Number);
	if (numbers.length !== 6 || !numbers.every(Number.isFinite)) return null;
	const [, height, top] = numbers as [number, number, number];
	return height > 0 ? { top, height } : null;
}

export type HostMessage =
	| { type: 'hello'; mode: 'sticky' | 'feed' }
	| { type: 'step'; id: string; progress: number; travelled?: number }
	| { type: 'viewport'; viewport: HostViewport };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const STEP_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Our loader's messages to the child. Anything else, however close, is null. */
export function parseHostMessage(data: unknown): HostMessage | null {
	if (!isRecord(data)) return null;
	if (data.type === `${NAMESPACE}:hello` && (data.mode === 'sticky' || data.mode === 'feed')) return { type: 'hello', mode: data.mode };
	if (data.type === 'step' && typeof data.id === 'string' && STEP_ID.test(data.id) && isFiniteNumber(data.progress) && data.progress >= 0 && data.progress <= 1) {
		const travelled = isFiniteNumber(data.travelled) && data.travelled >= 0 ? data.travelled : undefined;
		return travelled === undefined ? { type: 'step', id: data.id, progress: data.progress } : { type: 'step', id: data.id, progress: data.progress, travelled };
	}
	if (data.type === `${NAMESPACE}:viewport` && isFiniteNumber(data.top) && isFiniteNumber(data.height) && data.height > 0) {
		return { type: 'viewport', viewport: { top: data.top, height: data.height } };
	}
	return null;
}

/** What the child tells the host about its height, in every format a host may listen for. */
export function heightMessages(height: number, childId: string | null): unknown[] {
	const h = Math.ceil(height);
	return [
		...(childId ? [pymMessage(childId, 'height', String(h))] : []),
		{ sentinel: 'amp', type: 'embed-size', height: h },
		{ type: `${NAMESPACE}:height`, height: h }
	];
}

/** A child id as pym.js writes it into the iframe URL; anything odd is refused. */
export function childIdFrom(search: string): string | null {
	const id = new URLSearchParams(search).get('childId');
	return id && /^[\w-]{1,64}$/.test(id) ? id : null;
}
