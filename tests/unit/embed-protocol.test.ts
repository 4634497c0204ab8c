import { describe, expect, it } from 'vitest';
import { childIdFrom, heightMessages, parseHostMessage, parsePymMessage, parsePymViewport, pymMessage } from '$lib/embed/protocol';

describe('pym.js messages', () => {
	it('round-trips the wire format for our child id only', () => {
		const message = pymMessage('story', 'viewport-iframe-position', '390 844 -120 0 2000 390');
		expect(message).toBe('pymxPYMxstoryxPYMxviewport-iframe-positionxPYMx390 844 -120 0 2000 390');
		expect(parsePymMessage(message, 'story')).toEqual({ type: 'viewport-iframe-position', message: '390 844 -120 0 2000 390' });
		expect(parsePymMessage(message, 'other')).toBeNull();
		expect(parsePymMessage({ message }, 'story')).toBeNull();
		expect(parsePymMessage('pymxPYMxstoryxPYMxheight', 'story')).toBeNull();
	});

	it('reads the host viewport from viewport-iframe-position', () => {
		expect(parsePymViewport('390 844 -120 0 2000 390')).toEqual({ top: -120, height: 844 });
		expect(parsePymViewport('390 844 -120 0 2000')).toBeNull();
		expect(parsePymViewport('390 abc -120 0 2000 390')).toBeNull();
		expect(parsePymViewport('390 0 -120 0 2000 390')).toBeNull();
	});

	it('takes the child id from the URL only when it is plain', () => {
		expect(childIdFrom('?initialWidth=390&childId=story-1&parentUrl=x')).toBe('story-1');
		expect(childIdFrom('?childId=<script>')).toBeNull();
		expect(childIdFrom('')).toBeNull();
	});
});

describe('our loader’s messages', () => {
	it('accepts exactly the documented shapes', () => {
		expect(parseHostMessage({ type: 'alibaba-story:hello', mode: 'sticky' })).toEqual({ type: 'hello', mode: 'sticky' });
		expect(parseHostMessage({ type: 'step', id: 'aidc-losses', progress: 0.5 })).toEqual({ type: 'step', id: 'aidc-losses', progress: 0.5 });
		expect(parseHostMessage({ type: 'step', id: 'aidc-losses', progress: 0.5, travelled: 0.2 })).toMatchObject({ travelled: 0.2 });
		expect(parseHostMessage({ type: 'alibaba-story:viewport', top: -300, height: 844 })).toEqual({ type: 'viewport', viewport: { top: -300, height: 844 } });
	});

	it('ignores anything of the wrong shape', () => {
		for (const bad of [
			null,
			'step',
			[],
			{ type: 'step', id: 'x', progress: 2 },
			{ type: 'step', id: 'x', progress: '0.5' },
			{ type: 'step', id: '<img src=x onerror=alert(1)>', progress: 0.5 },
			{ type: 'step', progress: 0.5 },
			{ type: 'alibaba-story:hello', mode: 'eval' },
			{ type: 'alibaba-story:viewport', top: Number.NaN, height: 844 },
			{ type: 'alibaba-story:viewport', top: 0, height: -1 },
			{ sentinel: 'amp', type: 'embed-size', height: 10 }
		]) {
			expect(parseHostMessage(bad), JSON.stringify(bad)).toBeNull();
		}
	});
});

describe('height messages', () => {
	it('speaks pym (with the child id), AMP and our own format, in whole pixels', () => {
		expect(heightMessages(640.2, 'story')).toEqual([
			'pymxPYMxstoryxPYMxheightxPYMx641',
			{ sentinel: 'amp', type: 'embed-size', height: 641 },
			{ type: 'alibaba-story:height', height: 641 }
		]);
		expect(heightMessages(640, null)).toHaveLength(2);
	});
});
