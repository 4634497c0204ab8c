import type { Page } from '@playwright/test';

/** The graphic's bar chart, for the tests that read it. */
export const chart = 'figure.graphic .bar-chart';

/** Every bar on screen: its id, its extent and its value label. */
export async function bars(page: Page) {
	return page.evaluate((selector) => {
		const root = document.querySelector(selector)!;
		const zero = Number(root.querySelector('[data-zero]')!.getAttribute('x1'));
		return {
			zero,
			bars: [...root.querySelectorAll('[data-bar]')].map((g) => {
				const rect = g.querySelector('rect')!;
				const x = Number(rect.getAttribute('x'));
				const width = Number(rect.getAttribute('width'));
				return {
					id: g.getAttribute('data-bar')!,
					x,
					width,
					end: x + width,
					opacity: Number(g.getAttribute('opacity')),
					value: g.querySelector('.value')!.textContent
				};
			})
		};
	}, chart);
}
