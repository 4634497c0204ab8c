import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdleInTurn } from '$lib/browser/when-idle';

afterEach(() => vi.useRealTimers());

describe('whenIdleInTurn', () => {
	it('runs one job per idle period, in order, and cancels the rest', () => {
		vi.useFakeTimers();
		const ran: number[] = [];
		const cancel = whenIdleInTurn([() => ran.push(1), () => ran.push(2), () => ran.push(3)]);
		expect(ran).toEqual([]);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual([1]);
		vi.advanceTimersToNextTimer();
		expect(ran).toEqual([1, 2]);
		cancel();
		vi.runAllTimers();
		expect(ran).toEqual([1, 2]);
	});
});
