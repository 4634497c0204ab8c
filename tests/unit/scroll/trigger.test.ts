import { describe, expect, it } from 'vitest';
import { BEHIND_TEXT_TRIGGER, triggerOffset, WIDE_LAYOUT_MIN_WIDTH } from '$lib/scroll/trigger';

describe('triggerOffset', () => {
	it('is the middle beside the text and low behind it', () => {
		expect(triggerOffset(1440)).toBe(0.5);
		expect(triggerOffset(390)).toBeGreaterThan(0.5);
	});

	it('is the low line wherever the cards go over the graphic (our loader uses it at every width)', () => {
		expect(triggerOffset(WIDE_LAYOUT_MIN_WIDTH - 1)).toBe(BEHIND_TEXT_TRIGGER);
	});
});
