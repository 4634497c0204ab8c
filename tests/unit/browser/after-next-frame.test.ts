import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from '$lib/browser/after-next-frame';

afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

/** A stand-in for the browser's frames: callbacks wait until `drawFrame`. */
function frames() {
	let callbacks = new Map<number, FrameRequestCallback>();
	let id = 0;
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => (callbacks.set(++id, callback), id));
	vi.stubGlobal('cancelAnimationFrame', (handle: number) => callbacks.delete(handle));
	return () => {
		const due = callbacks;
		callbacks = new Map();
		due.forEach((callback) => callback(0));
	};
}

describe('afterNextFrame', () => {
	it('runs in a task after the next frame, not before it and not inside it', () => {
		vi.useFakeTimers();
		const drawFrame = frames();
		const ran: string[] = [];
		afterNextFrame(() => ran.push('after'));
		vi.runAllTimers();
		expect(ran).toEqual([]);
		drawFrame();
		expect(ran).toEqual([]);
		vi.runAllTimers();
		expect(ran).toEqual(['after']);
	});

	it('can be cancelled before the frame and between the frame and the task', () => {
		vi.useFakeTimers();
		const drawFrame = frames();
		const ran: string[] = [];
		afterNextFrame(() => ran.push('first'))();
		const cancel = afterNextFrame(() => ran.push('second'));
		drawFrame();
		cancel();
		vi.runAllTimers();
		expect(ran).toEqual([]);
	});
});
