import { describe, expect, it } from 'vitest';
import { roomAboveCard } from '$lib/story/step-scenes';

describe('the room a step’s chart has above its card', () => {
	it('is what the tallest card, read whole at the bottom of the screen, leaves under the chart’s top, less a clearance', () => {
		// A 738 px screen (a 844 px phone under a 56 px header, over a 50 px ad), the chart from 120 px, a 200 px card.
		const room = roomAboveCard(200, 738, 120, 600);
		expect(room).toBeLessThan(738 - 200 - 120);
		expect(room).toBeGreaterThan(738 - 200 - 120 - 24);
	});

	it('is never more than the chart’s box, however short the card', () => {
		expect(roomAboveCard(0, 738, 120, 400)).toBe(400);
	});

	it('shrinks as much as the card grows, and as the screen loses the host’s chrome', () => {
		expect(roomAboveCard(100, 738, 120, 600) - roomAboveCard(150, 738, 120, 600)).toBe(50);
		expect(roomAboveCard(150, 844, 120, 800) - roomAboveCard(150, 738, 120, 800)).toBe(106);
	});
});
