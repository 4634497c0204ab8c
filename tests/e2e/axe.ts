import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The WCAG 2.2 A and AA rules, as axe-core tags them. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG violations in the page as it is now, one line each (`where: rule (count) first
 * target`). axe runs in the page itself, injected once per document: @axe-core/playwright opens a
 * blank page for every analysis to merge the results of frames (1.5 to 2.4 s each here, against
 * 0.15 to 0.3 s for the run itself), and the pages checked this way have no frames to merge.
 */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
	const frames = page.frames().length;
	if (frames !== 1) throw new Error(`axeViolations checks one document; ${page.url()} has ${frames} frames: use AxeBuilder`);
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async (tags) => {
		const results = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return results.violations.map((v: any) => ({ id: v.id, count: v.nodes.length, target: (v.nodes[0]?.target ?? []).join(' ') }));
	}, WCAG);
	return violations.map((v: { id: string; count: number; target: string }) => `${where}: ${v.id} (${v.count}) ${v.target}`);
}
