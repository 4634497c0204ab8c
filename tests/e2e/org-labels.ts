import type { Page } from '@playwright/test';

/**
 * The labels the sticky graphic's org tree shows now: how many, the smallest type, any two that
 * overlap and any outside the chart's body.
 */
export function labelReport(page: Page): Promise<{ count: number; smallest: number; overlaps: string[]; outside: (string | null)[] }> {
	return page.evaluate(() => {
		const svg = document.querySelector('figure.graphic svg.org-tree')!;
		const body = svg.closest('.graphic-body')!.getBoundingClientRect();
		const texts = [...svg.querySelectorAll('g[opacity="1"] > text')].map((el) => ({
			label: el.textContent,
			size: parseFloat(getComputedStyle(el).fontSize),
			box: el.getBoundingClientRect()
		}));
		const overlaps: string[] = [];
		for (let i = 0; i < texts.length; i++)
			for (let j = i + 1; j < texts.length; j++) {
				const a = texts[i]!.box;
				const b = texts[j]!.box;
				if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
					overlaps.push(`${texts[i]!.label} / ${texts[j]!.label}`);
			}
		const outside = texts
			.filter(
				(t) => t.box.left < body.left - 1 || t.box.right > body.right + 1 || t.box.top < body.top - 1 || t.box.bottom > body.bottom + 1
			)
			.map((t) => t.label);
		return { count: texts.length, smallest: Math.min(...texts.map((t) => t.size)), overlaps, outside };
	});
}
