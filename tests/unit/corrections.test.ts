import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { dataset } from './helpers';

/** The corrections of the fact check (issue 13), each asserted where the fact lives. */
const stateOf = (id: string) => dataset.orgStates.find((s) => s.id === id)!;
const leadersOf = (state: string, unit: string) => stateOf(state).nodes.find((n) => n.unit === unit)?.leaders?.map((l) => l.person) ?? [];
const copies = ['en', 'zh'].map((lang) => readFileSync(`data/story.${lang}.aml`, 'utf8'));

describe('corrected facts', () => {
	it('AI-related revenue grew by triple digits, not double digits, in both editions, and the methods say why', () => {
		const [en, zh] = copies as [string, string];
		expect(en).toContain('triple digits');
		expect(en).not.toMatch(/AI-related products has grown by double digits/);
		expect(zh).toContain('三位数同比增长');
		expect(zh).not.toContain('实现两位数同比增长。');
		expect(en).toMatch(/\[methods\][\s\S]*translation[\s\S]*line 48[\s\S]*triple-digit/);
	});

	it('September 2023 keeps Dai Shan as Taotian’s CEO; Wu Yongming takes Taotian in December 2023', () => {
		expect(leadersOf('2023-09', 'taotian')).toEqual(['dai-shan']);
		expect(leadersOf('2023-09', 'cloud')).toEqual(['wu-yongming']);
		expect(leadersOf('2023-late', 'taotian')).toContain('wu-yongming');
		const wu = stateOf('2023-late').nodes.find((n) => n.unit === 'taotian')!.leaders!.find((l) => l.person === 'wu-yongming')!;
		expect(wu.source).toMatchObject({ source: 'background' });
		for (const copy of copies) {
			const steps = parseStoryCopy(copy, 'copy', dataset).steps;
			expect(steps.find((s) => s.id === 'wu-ceo')!.chart).toBe('org:2023-09');
		}
	});

	it('cites the line that says it: AliExpress in 2024 on line 17, AIDC’s late-2023 chief on line 14', () => {
		const aliexpress = stateOf('2024').nodes.find((n) => n.unit === 'aliexpress')!;
		expect(aliexpress.source).toEqual({ source: 'article', line: 17 });
		const aidc = stateOf('2023-late').nodes.find((n) => n.unit === 'aidc')!;
		expect(aidc.leaders!.find((l) => l.person === 'jiang-fan')!.source).toEqual({ source: 'article', line: 14 });
	});

	it('describes the report rather than giving it a title it does not have', () => {
		expect(dataset.meta.article).not.toHaveProperty('title');
		expect(dataset.meta.article.about).not.toMatch(/sets up an e-commerce business group under Jiang Fan/);
	});

	it('keeps Lazada’s profit attributed and precise: positive EBITDA in July 2024, Thailand per market insiders', () => {
		const [en, zh] = copies as [string, string];
		expect(en).toContain('positive EBITDA in July');
		expect(en).toContain('market insiders');
		expect(en).not.toContain('it had turned a profit');
		expect(zh).toContain('EBITDA');
		expect(zh).toContain('市场人士');
		expect(dataset.events.find((e) => e.id === 'lazada-profit')!.title).toContain('EBITDA');
	});
});

describe('the Chinese edition', () => {
	it('writes its badges in Chinese: no English badge text on its drawings', async () => {
		const { buildStoryView } = await import('$lib/view/build-story-view');
		const zh = readFileSync('data/story.zh.aml', 'utf8');
		const view = buildStoryView(dataset, parseStoryCopy(zh, 'data/story.zh.aml', dataset));
		const badges = Object.values(view.charts).flatMap((chart) => (chart.kind === 'org' ? chart.nodes.map((n) => n.badge) : [])).filter(Boolean);
		expect(badges.length).toBeGreaterThan(0);
		for (const badge of badges) expect(badge).toMatch(/^(新设|调整)$/);
	});
});
