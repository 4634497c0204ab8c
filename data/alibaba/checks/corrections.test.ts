import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { collectSources } from '$lib/data/check-dataset';
import { dataset } from './story';

/** The corrections of the first fact check, each asserted where the fact lives. */
const stateOf = (id: string) => dataset.orgStates.find((s) => s.id === id)!;
const leadersOf = (state: string, unit: string) =>
	stateOf(state)
		.nodes.find((n) => n.unit === unit)
		?.leaders?.map((l) => l.person) ?? [];
const copies = ['en', 'zh'].map((lang) => readFileSync(`data/alibaba/story.${lang}.aml`, 'utf8'));

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
		const wu = stateOf('2023-late')
			.nodes.find((n) => n.unit === 'taotian')!
			.leaders!.find((l) => l.person === 'wu-yongming')!;
		expect(wu.source).toMatchObject({ source: 'background' });
		for (const copy of copies) {
			const steps = parseStoryCopy(copy, 'copy', dataset).steps;
			expect(steps.find((s) => s.id === 'wu-ceo')!.chart).toBe('org:2023-09');
		}
	});

	it('cites the line that says it: AliExpress in 2024 on line 17, AIDC’s late-2023 chief on line 14', () => {
		const aliexpress = stateOf('2024').nodes.find((n) => n.unit === 'aliexpress')!;
		expect(aliexpress.source).toMatchObject({ source: 'article', line: 17 });
		const aidc = stateOf('2023-late').nodes.find((n) => n.unit === 'aidc')!;
		expect(aidc.leaders!.find((l) => l.person === 'jiang-fan')!.source).toMatchObject({ source: 'article', line: 14 });
	});

	it('describes the report rather than giving it a title it does not have', () => {
		expect(dataset.meta.article).not.toHaveProperty('title');
		expect(dataset.meta.article.about.en).not.toMatch(/sets up an e-commerce business group under Jiang Fan/);
	});

	it('keeps Lazada’s profit attributed and precise: positive EBITDA in July 2024, Thailand per market insiders', () => {
		const [en, zh] = copies as [string, string];
		expect(en).toContain('positive EBITDA in July');
		expect(en).toContain('market insiders');
		expect(en).not.toContain('it had turned a profit');
		expect(zh).toContain('EBITDA');
		expect(zh).toContain('市场人士');
		const title = dataset.events.find((e) => e.id === 'lazada-profit')!.title;
		expect(title.en).toContain('positive EBITDA for the first time, in July 2024');
		expect(title.zh).toContain('2024年7月首次实现EBITDA转正');
	});
});

describe('the Chinese edition', () => {
	it('writes its badges in Chinese: no English badge text on its drawings', async () => {
		const { buildStoryView } = await import('$lib/view/build-story-view');
		const zh = readFileSync('data/alibaba/story.zh.aml', 'utf8');
		const view = buildStoryView(dataset, parseStoryCopy(zh, 'data/alibaba/story.zh.aml', dataset));
		const badges = Object.values(view.charts)
			.flatMap((chart) => (chart.kind === 'org' ? chart.nodes.map((n) => n.badge) : []))
			.filter(Boolean);
		expect(badges.length).toBeGreaterThan(0);
		for (const badge of badges) expect(badge).toMatch(/^(新设|调整)$/);
	});
});

describe('the corrections notice', () => {
	it('is in both editions, dated, and names what was fixed', () => {
		for (const [lang, copy] of [
			['en', copies[0]!],
			['zh', copies[1]!]
		] as const) {
			const { corrections } = parseStoryCopy(copy, `data/alibaba/story.${lang}.aml`, dataset);
			expect(corrections).toHaveLength(2);
			expect(corrections[0]!.date).toBe('2026-11-29');
			expect(corrections[0]!.text).toMatch(lang === 'en' ? /triple digits[\s\S]*Dai Shan[\s\S]*Wu Jia/ : /三位数[\s\S]*戴珊[\s\S]*吴嘉/);
		}
	});
});

describe('how facts are kept', () => {
	const sources = collectSources(dataset).flatMap(({ path, source }) =>
		source.source === 'article' ? [{ path, quote: source.quote }] : []
	);

	it('ties every fact from the article to the exact words it rests on, 30 words at most', () => {
		expect(sources.length).toBeGreaterThan(100);
		for (const { path, quote } of sources) {
			expect(quote, path).toBeTruthy();
			expect(quote.split(/\s+/).length, path).toBeLessThanOrEqual(30);
		}
	});

	it('has each figure’s digits in its quote', () => {
		const figures = dataset.figures.filter((f) => f.source.source === 'article');
		expect(figures.length).toBeGreaterThan(8);
		for (const figure of figures) {
			const quote = figure.source.source === 'article' ? figure.source.quote : '';
			const digits = String(Math.abs(figure.value)).replace(/\D/g, '').replace(/^0+/, '');
			expect(quote.replace(/\D/g, ''), `${figure.id}: ${figure.value}`).toContain(digits);
		}
	});

	it('fails the build on a fact from the article without its words', async () => {
		const { parseDataset } = await import('$lib/data/parse-dataset');
		const json = JSON.parse(readFileSync('data/alibaba/dataset.json', 'utf8'));
		delete json.figures[0].source.quote;
		expect(() => parseDataset(JSON.stringify(json, null, '\t'), 'data/alibaba/dataset.json', ['en', 'zh'])).toThrow(
			/data\/alibaba\/dataset\.json:\d+:\d+: figures\[0\] \(id "aidc-revenue-2024q3"\)\.source\.quote: is missing: a fact from the article carries the exact words of the line it cites/
		);
	});
});

describe('what a careful desk fixes', () => {
	const [en, zh] = copies as [string, string];
	const stepsOf = (copy: string, lang: string) => parseStoryCopy(copy, `data/alibaba/story.${lang}.aml`, dataset).steps;

	it('drops the claim no source states: each business group with its own chief executive', () => {
		expect(en).not.toContain('each with its own chief executive');
		expect(zh).not.toContain('各设CEO');
	});

	it('names its sources and scopes: SimilarWeb for Temu, the platform market in Thailand, the supply pool a trial', () => {
		expect(en).toContain('SimilarWeb');
		expect(zh).toContain('SimilarWeb');
		expect(en).toContain('e-commerce platform market');
		expect(zh).toContain('电商平台市场');
		expect(en).toContain('early trial stage');
		expect(zh).toContain('早期试水阶段');
	});

	it('keeps the new fee apart from the spending on shoppers and merchants', () => {
		expect(en).toMatch(/annual fees\. Separately, from 1 September 2024/);
		expect(zh).toContain('另一方面，淘宝自2024年9月1日起');
	});

	it('says when the story stands, near the top of both editions', () => {
		expect(parseStoryCopy(en, 'en', dataset).asOf).toContain('November 2024');
		expect(parseStoryCopy(zh, 'zh', dataset).asOf).toContain('2024年11月');
	});

	it('gives the domestic side and outside views, attributed, with their lines cited', () => {
		const growth = stepsOf(en, 'en').find((s) => s.id === 'growth')!;
		expect(growth.body.join(' ')).toContain('Pinduoduo');
		expect(growth.cite).toEqual(expect.arrayContaining([26, 29, 30]));
		const merger = stepsOf(en, 'en').find((s) => s.id === 'merger-2024')!;
		expect(merger.body.join(' ')).toMatch(/Zhuang Shuai[\s\S]*Cui Lili/);
		expect(merger.cite).toEqual(expect.arrayContaining([13, 33, 41]));
		expect(
			stepsOf(zh, 'zh')
				.find((s) => s.id === 'growth')!
				.body.join('')
		).toContain('拼多多');
	});

	it('highlights the same things in both editions', () => {
		const zhSteps = stepsOf(zh, 'zh');
		for (const step of stepsOf(en, 'en')) expect(zhSteps.find((s) => s.id === step.id)!.highlight, step.id).toEqual(step.highlight);
	});
});

describe('the Chinese edition, in its own terms', () => {
	const zh = copies[1]!;
	it('names the source as Chinese readers expect, and agrees with the English on the date', async () => {
		const { buildStoryView } = await import('$lib/view/build-story-view');
		const view = buildStoryView(dataset, parseStoryCopy(zh, 'data/alibaba/story.zh.aml', dataset));
		const lines = Object.values(view.charts).flatMap((c) => (c.kind === 'bars' ? [c.sourceLine] : []));
		// A chart of another body's figures names it first ("新加坡墨腾创投（Momentum Works），据…").
		for (const line of lines) expect(line).toMatch(/^来源：([^，]+，据)?《每日经济新闻》报道/);
		expect(dataset.meta.article.reporter.zh).toBe('陈婷');
		expect(zh).toContain('2024年11月21日或稍后发表');
		expect(copies[0]).toContain('published on or just after 21 November 2024');
	});

	it('uses the agreed terms', () => {
		expect(zh).toContain('用户为先、AI驱动');
		expect(zh).not.toContain('内外贸');
		const labels = dataset.charts.flatMap((c) =>
			c.kind === 'bars' ? c.bars.filter((b) => b.id.startsWith('aidc')).map((b) => b.label.zh ?? '') : []
		);
		expect(labels.filter((l) => l.includes('国际'))).toEqual(
			labels.filter((l) => l.includes('国际')).map(() => '阿里国际数字商业集团收入')
		);
	});
});

describe('the methods and the data agree with what the charts do', () => {
	it('describe the 1688 and Xianyu placement as the charts draw it, with no claim the chart does not show', () => {
		expect(copies[0]).not.toContain('and says so');
		expect(copies[0]).toMatch(/1688 and Xianyu[\s\S]*inside Taotian from March 2023/);
		expect(copies[1]).toContain('2023年3月起隶属淘天集团');
	});

	it('keeps Temu’s visits “nearly” 700 million and names SimilarWeb, in the data as in the copy', () => {
		const temu = dataset.figures.find((f) => f.id === 'temu-visits-2024-08')!;
		expect(temu.label.en).toMatch(/nearly[\s\S]*SimilarWeb/);
		expect(temu.source).toMatchObject({ source: 'article', line: 21 });
	});

	it('says AIDC is still in its investment period', () => {
		expect(copies[0]).toContain('still in its investment period');
		expect(copies[1]).toContain('仍处于投入期');
	});
});

describe('sources of the last two claims', () => {
	it('gives "one of six younger managers" a source that says so, and Thailand’s shares as platform-market shares', () => {
		const wuJia = stateOf('2023-late')
			.nodes.find((n) => n.unit === 'taotian')!
			.leaders!.find((l) => l.person === 'wu-jia')!;
		expect(wuJia.source).toMatchObject({ source: 'background' });
		expect((wuJia.source as { note: { en: string } }).note.en).toMatch(/six[\s\S]*line 26[\s\S]*line 27/);
		const thailand = dataset.charts.find((c) => c.id === 'money:thailand')!;
		expect(thailand.title.en).toContain('platform market');
		expect(thailand.title.zh).toContain('电商平台市场');
	});
});
