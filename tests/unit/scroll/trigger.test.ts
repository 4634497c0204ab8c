import { describe, expect, it } from 'vitest';
import { triggerOffset } from '$lib/scroll/trigger';

describe('triggerOffset', () => {
	it('is the middle beside the text and low behind it', () => {
		expect(triggerOffset(1440)).toBe(0.5);
		expect(triggerOffset(390)).toBeGreaterThan(0.5);
	});
});
