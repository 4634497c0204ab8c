import { describe, expect, it } from 'vitest';
import {
	childIdFrom,
	heightMessages,
	MAX_CONTENT_HEIGHT,
	MAX_VIEWPORT_HEIGHT,
	MIN_VIEWPORT_HEIGHT,
	NAMESPACE,
	parseHeightMessage,
	parseHostMessage,
	parsePymMessage,
	parsePymViewport,
	provisionalViewport,
	pymMessage
} from '$lib/embed/protocol';

/** A message of the story being built (its settings' embedName), whatever STORY says. */
const our = (what: string) => `${NAMESPACE}:${what}`;

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

	it('takes the child id from the URL, as data only', () => {
		expect(childIdFrom('?initialWidth=390&childId=story-1&parentUrl=x')).toBe('story-1');
		// Any id a host's container may have; it is never written into a page, only echoed in pym's message string.
		expect(childIdFrom('?childId=%3Cscript%3E')).toBe('<script>');
		expect(childIdFrom('')).toBeNull();
	});
});

describe('our loader’s messages', () => {
	it('accepts exactly the documented shapes', () => {
		expect(parseHostMessage({ type: our('hello'), mode: 'sticky' })).toEqual({ type: 'hello', mode: 'sticky' });
		expect(parseHostMessage({ type: our('step'), id: 'loss', progress: 0.5 })).toEqual({
			type: 'step',
			id: 'loss',
			progress: 0.5
		});
		expect(parseHostMessage({ type: our('step'), id: 'loss', progress: 0.5, travelled: 0.2 })).toMatchObject({
			travelled: 0.2
		});
		expect(parseHostMessage({ type: our('viewport'), top: -300, height: 844 })).toEqual({
			type: 'viewport',
			viewport: { top: -300, height: 844 }
		});
		// The host's chrome, found by the loader.
		expect(parseHostMessage({ type: our('viewport'), top: -300, height: 844, insets: { top: 56, bottom: 50 } })).toEqual({
			type: 'viewport',
			viewport: { top: -300, height: 844, insets: { top: 56, bottom: 50 } }
		});
		expect(parseHostMessage({ type: our('cards'), heights: [180, 0, 312.5] })).toEqual({
			type: 'cards',
			heights: [180, 0, 312.5]
		});
	});

	it('ignores anything of the wrong shape', () => {
		for (const bad of [
			null,
			'step',
			[],
			{ type: our('step'), id: 'x', progress: 2 },
			{ type: our('step'), id: 'x', progress: '0.5' },
			{ type: our('step'), id: '<img src=x onerror=alert(1)>', progress: 0.5 },
			{ type: our('step'), progress: 0.5 },
			{ type: our('hello'), mode: 'eval' },
			{ type: our('viewport'), top: Number.NaN, height: 844 },
			{ type: our('viewport'), top: 0, height: -1 },
			// Insets that are not the host's chrome: negative, more than 40% of the viewport, not numbers, not an object.
			{ type: our('viewport'), top: 0, height: 844, insets: { top: -56, bottom: 0 } },
			{ type: our('viewport'), top: 0, height: 844, insets: { top: 400, bottom: 0 } },
			{ type: our('viewport'), top: 0, height: 844, insets: { top: '56', bottom: 0 } },
			{ type: our('viewport'), top: 0, height: 844, insets: { top: 56 } },
			{ type: our('viewport'), top: 0, height: 844, insets: 56 },
			// Card heights: a list of sizes a screen could hold, no more entries than a story has steps.
			{ type: our('cards'), heights: [180, -1] },
			{ type: our('cards'), heights: [180, 1e9] },
			{ type: our('cards'), heights: ['180'] },
			{ type: our('cards'), heights: new Array(1000).fill(100) },
			{ type: our('cards'), heights: 180 },
			{ sentinel: 'amp', type: 'embed-size', height: 10 },
			// One naming scheme: a step message without our namespace is not ours.
			{ type: 'step', id: 'loss', progress: 0.5 }
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
			{ type: our('height'), height: 641 }
		]);
		expect(heightMessages(640, null)).toHaveLength(2);
	});

	it('are read by the host with the same module that writes them: what the story sends, it reads back', () => {
		const ours = heightMessages(640.2, null).at(-1);
		expect(parseHeightMessage(ours)).toBe(641);
		// Sticky mode answers a hello with 0: a height, which greets the story but sizes nothing.
		expect(parseHeightMessage({ type: our('height'), height: 0 })).toBe(0);
		expect(parseHeightMessage({ type: our('height'), height: MAX_CONTENT_HEIGHT })).toBe(MAX_CONTENT_HEIGHT);
	});

	it('refuse every other shape: another story’s, AMP’s, strings, NaN, negatives, giants', () => {
		for (const data of [
			null,
			'641',
			{ type: 'other-story:height', height: 641 },
			{ sentinel: 'amp', type: 'embed-size', height: 641 },
			{ type: our('height'), height: '641' },
			{ type: our('height'), height: Number.NaN },
			{ type: our('height'), height: -1 },
			{ type: our('height'), height: MAX_CONTENT_HEIGHT + 1 },
			{ type: our('height') }
		])
			expect(parseHeightMessage(data), JSON.stringify(data)).toBeNull();
	});
});

describe('what hosts send, bounded', () => {
	it('accepts the child ids pym hosts use and refuses only the unsafe ones', async () => {
		const { MAX_CHILD_ID_LENGTH } = await import('$lib/embed/protocol');
		expect(childIdFrom('?childId=story.1')).toBe('story.1');
		expect(childIdFrom('?childId=graphic%3Alarkspur')).toBe('graphic:larkspur');
		const long = 'a'.repeat(65);
		expect(childIdFrom(`?childId=${long}`)).toBe(long);
		expect(childIdFrom(`?childId=${'a'.repeat(MAX_CHILD_ID_LENGTH + 1)}`)).toBeNull();
		expect(childIdFrom('?childId=a%0Ab')).toBeNull();
		expect(childIdFrom('?childId=axPYMxb')).toBeNull();
		// Echoed back only inside pym's own string format.
		expect(heightMessages(500, 'graphic:larkspur')[0]).toBe('pymxPYMxgraphic:larkspurxPYMxheightxPYMx500');
	});

	it('caps the host viewport: a huge height cannot make the frame huge', () => {
		expect(parsePymViewport('390 1e308 0 0 2000 390')).toBeNull();
		expect(parsePymViewport('390 844 -1e12 0 2000 390')).toBeNull();
		expect(parseHostMessage({ type: our('viewport'), top: 0, height: 1e308 })).toBeNull();
		expect(parseHostMessage({ type: our('viewport'), top: -300, height: 844 })).toEqual({
			type: 'viewport',
			viewport: { top: -300, height: 844 }
		});
	});

	it('bounds the host viewport from below: a strip of a few pixels is not a reader’s screen', () => {
		for (const height of [5, 1e-300, 0, -844, MIN_VIEWPORT_HEIGHT - 1]) {
			expect(parsePymViewport(`390 ${height} 0 0 2000 390`), String(height)).toBeNull();
			expect(parseHostMessage({ type: our('viewport'), top: 0, height }), String(height)).toBeNull();
		}
		expect(parseHostMessage({ type: our('viewport'), top: 0, height: MIN_VIEWPORT_HEIGHT })).toEqual({
			type: 'viewport',
			viewport: { top: 0, height: MIN_VIEWPORT_HEIGHT }
		});
	});

	it('reaches a parent with an opaque origin with "*", never the string "null"', async () => {
		const { targetOriginFor } = await import('$lib/embed/protocol');
		expect(targetOriginFor('null')).toBe('*');
		expect(targetOriginFor(null)).toBe('*');
		expect(targetOriginFor('https://news.example')).toBe('https://news.example');
	});
});

describe('the provisional viewport of a feed', () => {
	it('is the screen, within the bounds a host message must keep, with the frame at its top', () => {
		expect(provisionalViewport(844)).toEqual({ top: 0, height: 844 });
		expect(provisionalViewport(0)).toEqual({ top: 0, height: MIN_VIEWPORT_HEIGHT });
		expect(provisionalViewport(Number.NaN)).toEqual({ top: 0, height: MIN_VIEWPORT_HEIGHT });
		expect(provisionalViewport(1e9)).toEqual({ top: 0, height: MAX_VIEWPORT_HEIGHT });
	});
});
