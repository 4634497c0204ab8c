import { describe, expect, it, vi } from 'vitest';
import { observeContentBox } from '$lib/browser/observe-size';

describe('observeContentBox', () => {
	it('reports the observed content box as observed, and stops observing when detached', () => {
		let report: ResizeObserverCallback = () => {};
		const disconnect = vi.fn();
		vi.stubGlobal(
			'ResizeObserver',
			class {
				constructor(callback: ResizeObserverCallback) {
					report = callback;
				}
				observe() {}
				disconnect = disconnect;
			}
		);
		const sizes: { width: number; height: number }[] = [];
		const detach = observeContentBox((size) => sizes.push(size))({} as HTMLElement);
		report([{ contentRect: { width: 389.6, height: 120.2 } } as ResizeObserverEntry], {} as ResizeObserver);
		report([], {} as ResizeObserver);
		expect(sizes).toEqual([{ width: 389.6, height: 120.2 }]);
		detach();
		expect(disconnect).toHaveBeenCalledOnce();
	});
});
