import { describe, expect, it, vi } from 'vitest';
import { observeContentBox, observeContentBoxNextFrame } from '$lib/browser/observe-size';

/** A ResizeObserver whose callback the test calls itself. */
function stubResizeObserver(disconnect: () => void = () => {}): { callback: ResizeObserverCallback } {
	const report = { callback: (() => {}) as ResizeObserverCallback };
	vi.stubGlobal(
		'ResizeObserver',
		class {
			constructor(callback: ResizeObserverCallback) {
				report.callback = callback;
			}
			observe() {}
			disconnect = disconnect;
		}
	);
	return report;
}

describe('observeContentBox', () => {
	it('reports the observed content box as observed, and stops observing when detached', () => {
		const disconnect = vi.fn();
		const report = stubResizeObserver(disconnect);
		const sizes: { width: number; height: number }[] = [];
		const detach = observeContentBox((size) => sizes.push(size))({} as HTMLElement);
		report.callback([{ contentRect: { width: 389.6, height: 120.2 } } as ResizeObserverEntry], {} as ResizeObserver);
		report.callback([], {} as ResizeObserver);
		expect(sizes).toEqual([{ width: 389.6, height: 120.2 }]);
		detach();
		expect(disconnect).toHaveBeenCalledOnce();
	});
});

describe('observeContentBoxNextFrame', () => {
	it('hands on the latest size in the next animation frame, outside the observer’s callback, once per frame', () => {
		const report = stubResizeObserver();
		const frames: FrameRequestCallback[] = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
		vi.stubGlobal('cancelAnimationFrame', () => {});
		const sizes: number[] = [];
		observeContentBoxNextFrame((size) => sizes.push(size.width))({} as HTMLElement);
		report.callback([{ contentRect: { width: 1200, height: 10 } } as ResizeObserverEntry], {} as ResizeObserver);
		report.callback([{ contentRect: { width: 1185, height: 10 } } as ResizeObserverEntry], {} as ResizeObserver);
		// Nothing inside the callbacks; one frame asked for, which brings the latest size.
		expect(sizes).toEqual([]);
		expect(frames).toHaveLength(1);
		frames[0]!(0);
		expect(sizes).toEqual([1185]);
	});
});
