import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { OrgChange, Source } from '$lib/data/schema';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { collectSources } from '$lib/data/check-dataset';
import { explorerData } from '$lib/explore/explorer-data';
import { unitHistory } from '$lib/explore/unit-history';
import { EXPLORE_STRINGS } from '$lib/i18n/explore/strings';
import { STRINGS } from '$lib/i18n/strings';
import { storyTimeline } from '$lib/timeline/timeline';
import { buildStoryView } from '$lib/view/build-story-view';
import { dataset } from './story';

/** The third line-by-line fact check: what the explorer and the new states say, each where the fact lives. */
const copies = { en: readFileSync('data/alibaba/story.en.aml', 'utf8'), zh: readFileSync('data/alibaba/story.zh.aml', 'utf8') };
const copyOf = (lang: 'en' | 'zh') => parseStoryCopy(copies[lang], `data/alibaba/story.${lang}.aml`, dataset);
const stepText = (lang: 'en' | 'zh', id: string) => copyOf(lang).steps.find((s) => s.id === id)!.body;
const stateOf = (id: string) => dataset.orgStates.find((s) => s.id === id)!;
const nodeOf = (state: string, unit: string) => stateOf(state).nodes.find((n) => n.unit === unit)!;
const events = new Map(dataset.events.map((e) => [e.id, e]));
/** The source a change's history line cites: its own, or its event's. */
const sourceOf = (change: OrgChange): Source => change.source ?? events.get(change.event)!.source;
/** What a source says, in English, for matching names: the quote, or the note. */
const wordsOf = (source: Source) =>
	(source.source === 'article' ? source.quote : source.source === 'background' ? source.note.en : source.formula.en).replace(/["“”]/g, '');
const namesOfUnit = (id: string) => {
	const unit = dataset.units.find((u) => u.id === id)!;
	return [unit.name.en, unit.short.en, ...(unit.aliases ?? [])].map((n) => n.replace(/\s*\(.*\)$/, '').replace(/["“”]/g, ''));
};
const nameOfPerson = (id: string) => dataset.people.find((p) => p.id === id)!.name.en;

describe('the explorer says only what the record supports', () => {
	const en = explorerData(dataset, 'en');
	const unit = (id: string) => en.units.find((u) => u.id === id)!;
	const at = (state: string) => en.dates.findIndex((d) => d.state === state);

	it('calls a unit a chart does not draw "not shown", not absent from the organisation, in both editions', () => {
		for (const lang of ['en', 'zh'] as const) {
			const say = EXPLORE_STRINGS[lang];
			expect(`${say.notShown} ${say.absentMark}`).not.toMatch(/not in the organisation|尚未设立/);
		}
		expect(EXPLORE_STRINGS.en.notShown).toBe('Not shown on this chart');
		expect(EXPLORE_STRINGS.zh.notShown).toBe('本图未显示');
		// AliExpress and Lazada existed before December 2021 (¶13), Trendyol and Xianyu before March 2023.
		for (const [id, state] of [
			['aliexpress', 'pre-2021'],
			['lazada', 'pre-2021'],
			['trendyol', '2021'],
			['xianyu', '2021'],
			['cloud', '2021']
		] as const) {
			expect(unit(id).placements[at(state)], `${id} at ${state}`).toBeNull();
			expect(unit(id).merged[at(state)], `${id} at ${state}`).toBeNull();
		}
	});

	it('marks a unit merged into another from its recorded change, with that change’s source', () => {
		expect(unit('taobao-series').merged[at('2021')]).toMatchObject({ into: 'China Digital Commerce' });
		expect(unit('china-digital-commerce').merged[at('2023')]).toMatchObject({ into: 'Taotian Group (Taobao and Tmall)' });
		expect(unit('overseas-digital-commerce').merged[at('2024')]!.into).toBe('Alibaba International Digital Commerce Group (AIDC)');
		// The B series was split between the two sectors, not merged into one.
		expect(unit('b-series').merged[at('2021')]).toBeNull();
		expect(EXPLORE_STRINGS.zh.mergedInto('淘天集团')).toBe('已并入淘天集团');
	});

	it('gives 1688 and Xianyu a dated, sourced move out of Taotian before December 2023', () => {
		const moves = unitHistory(dataset, '1688').filter((l) => l.kind === 'moved');
		expect(moves.map((l) => [l.date, l.kind === 'moved' && l.from, l.kind === 'moved' && l.to])).toEqual([
			['2021-12-06', 'b-series', 'china-digital-commerce'],
			['2023-03-28', 'china-digital-commerce', 'taotian'],
			['2023-11-16', 'taotian', 'alibaba-group'],
			['2024-11-21', 'alibaba-group', 'ecommerce-group']
		]);
		expect(wordsOf(moves[2]!.source)).toMatch(/16 November 2023[\s\S]*1688 and Xianyu/);
		expect(unitHistory(dataset, 'xianyu').some((l) => l.kind === 'moved' && l.from === 'taotian' && l.date === '2023-11-16')).toBe(true);
	});

	it('records a change for every unit drawn under a new parent, so no drawing changes without a badge', () => {
		const unrecorded: string[] = [];
		for (const [i, state] of dataset.orgStates.entries()) {
			const before = dataset.orgStates[i - 1];
			if (!before) continue;
			for (const node of state.nodes) {
				const was = before.nodes.find((n) => n.unit === node.unit);
				if (!was || was.parent === node.parent) continue;
				const parentRenamed = state.changes.some((c) => c.kind === 'merged' && c.unit === was.parent && c.into === node.parent);
				if (!parentRenamed && !state.changes.some((c) => c.kind === 'moved' && c.unit === node.unit))
					unrecorded.push(`${state.id}: ${node.unit} from ${was.parent} to ${node.parent}`);
			}
		}
		expect(unrecorded).toEqual([]);
	});

	it('dates the younger team to 22 December 2023, after Wu Yongming took Taotian on the 20th', () => {
		expect(events.get('taotian-young-team')!.date).toBe('2023-12-22');
		const taotian = unitHistory(dataset, 'taotian').filter((l) => l.kind === 'appointed');
		expect(taotian.map((l) => l.kind === 'appointed' && l.person)).toEqual(['dai-shan', 'wu-yongming', 'wu-jia']);
	});

	it('no longer badges Cloud Intelligence as new in 2023, and lets the B series’ two moves tell its split', () => {
		const changes = dataset.orgStates.flatMap((s) => s.changes);
		expect(changes.filter((c) => c.kind === 'created' && c.unit === 'cloud')).toEqual([]);
		expect(changes.filter((c) => c.kind === 'merged' && c.unit === 'b-series')).toEqual([]);
		expect(nodeOf('2021', 'china-digital-commerce').formedFrom).toEqual(['taobao-series']);
	});

	it('marks the state before December 2021 so on the timelines, not as November 2021', () => {
		expect(en.dates[0]!.lines).toEqual(['Before', 'Dec 2021']);
		expect(explorerData(dataset, 'zh').dates[0]!.lines).toEqual(['2021年12月', '之前']);
		expect(storyTimeline(dataset, ['org:pre-2021'], 'en').when['org:pre-2021']!.label).toBe('Before December 2021');
		expect(storyTimeline(dataset, ['org:pre-2021'], 'zh').when['org:pre-2021']!.label).toBe('2021年12月之前');
	});

	it('heads each date’s events with what the list holds (since the previous date), not "up to" it', () => {
		for (const lang of ['en', 'zh'] as const) {
			const say = EXPLORE_STRINGS[lang];
			expect(new Set([say.eventsHeading('first'), say.eventsHeading('middle'), say.eventsHeading('last')]).size).toBe(3);
		}
		expect(EXPLORE_STRINGS.en.eventsHeading('middle')).toBe('Events after the previous date, up to this one');
	});
});

describe('every line the explorer writes rests on a source that states it', () => {
	it('cites, for each change, words that name who or what changed; a CEO appointment, words that say CEO', () => {
		const unstated: string[] = [];
		for (const state of dataset.orgStates)
			for (const change of state.changes) {
				const words = wordsOf(sourceOf(change)).toLowerCase();
				const names = 'person' in change ? [nameOfPerson(change.person)] : namesOfUnit(change.unit);
				if (!names.some((name) => words.includes(name.toLowerCase())))
					unstated.push(`${state.id} ${change.kind} ${JSON.stringify(change)}`);
				if (change.kind === 'appointed') {
					const role = nodeOf(state.id, change.unit).leaders!.find((l) => l.person === change.person)!.role.en;
					if (role.includes('CEO') && !words.includes('ceo')) unstated.push(`${state.id}: ${change.person} as ${role} at ${change.unit}`);
				}
			}
		expect(unstated).toEqual([]);
	});

	it('gives Jiang Fan’s CEO title the staff email as its source, beside ¶3 for "in charge"', () => {
		const leader = nodeOf('2024', 'ecommerce-group').leaders!.find((l) => l.person === 'jiang-fan')!;
		expect(leader.role.en).toBe('CEO');
		expect(leader.source).toMatchObject({ source: 'background' });
		expect(wordsOf(leader.source)).toContain('任命蒋凡担任CEO，向我汇报');
		expect(wordsOf(dataset.events.find((e) => e.id === 'ecommerce-group')!.source)).toContain('to be in charge');
	});

	it('places Lazada, Tmall and Taobao with sources that say where they sat', () => {
		for (const state of ['2023', '2023-09', '2023-late', '2024']) {
			expect(wordsOf(nodeOf(state, 'lazada').source), state).toMatch(/Lazada[\s\S]*AIDC/);
			expect(wordsOf(nodeOf(state, 'taobao').source), state).toMatch(/Taotian[\s\S]*Taobao/);
		}
		expect(wordsOf(nodeOf('2021', 'tmall').source)).toMatch(/Tmall[\s\S]*China Digital Commerce/);
	});

	it('quotes whole phrases: no quote stops on a connecting word, figures’ quotes hold their unit', () => {
		const cut = collectSources(dataset).flatMap(({ path, source }) =>
			source.source === 'article' && /\b(and|of|the|to|a|an|by|in|as|that|for|with|on)[,]?$/.test(source.quote)
				? [`${path}: …${source.quote.slice(-40)}`]
				: []
		);
		expect(cut).toEqual([]);
		for (const figure of dataset.figures) {
			if (figure.source.source !== 'article') continue;
			// As the line writes it: 0.384 billion is "384 million".
			const value = Math.abs(figure.value);
			const written =
				figure.unit === 'percent'
					? [`${value}%`]
					: [`${value} ${figure.unit}`, ...(figure.unit === 'billion' ? [`${Math.round(value * 1000)} million`] : [])];
			expect(
				written.some((w) => figure.source.source === 'article' && figure.source.quote.includes(w)),
				`${figure.id}: ${written}`
			).toBe(true);
		}
	});

	it('shows none of the translation’s wrong words: no "double-digit" on Cloud’s EBITA, no garbled ¶13 on screen', () => {
		const cloud = dataset.figures.find((f) => f.id === 'cloud-ebita-growth-2024q3')!;
		expect(wordsOf(cloud.source)).not.toContain('double-digit');
		const garbled = collectSources(dataset).filter(
			({ source }) => source.source === 'article' && source.quote.includes('who was in charge of the "Overseas Digital Business"')
		);
		expect(garbled.map((s) => s.path)).toEqual([]);
		expect(copies.en).toMatch(/\[methods\][\s\S]*line 13[\s\S]*Jiang Fan in charge of Overseas Digital Commerce/);
		expect(copies.zh).toMatch(/\[methods\][\s\S]*第13段[\s\S]*蒋凡负责海外数字商业板块/);
	});

	it('writes every background note in both editions', () => {
		const notes = collectSources(dataset).flatMap(({ path, source }) =>
			source.source === 'background' ? [{ path, note: source.note }] : []
		);
		expect(notes.length).toBeGreaterThan(20);
		const untranslated = notes.filter(({ note }) => !note.zh || !/\p{Script=Han}/u.test(note.zh)).map(({ path }) => path);
		expect(untranslated).toEqual([]);
	});
});

describe('both editions, line by line', () => {
	const zhView = buildStoryView(dataset, copyOf('zh'));
	const enView = buildStoryView(dataset, copyOf('en'));

	it('places the 2% in July–September 2024, before Double 11, in Chinese too', () => {
		const [first] = stepText('zh', 'growth');
		expect(first).toMatch(/2024年7月至9月[^。]*2%/);
		expect(first).not.toMatch(/双11[^。]*同一季度/);
	});

	it('says what ¶29 says about Pinduoduo, and no more', () => {
		expect(copies.en).not.toContain("Taobao had been fighting Pinduoduo's low prices");
		expect(copies.zh).not.toContain('此前淘宝一直在价格上与拼多多较量');
		expect(stepText('en', 'growth').join(' ')).toMatch(/no longer offered low prices blindly[\s\S]*Pinduoduo's low-price/);
		expect(copies.en).not.toContain('stopped chasing the lowest price');
	});

	it('writes the facts of November 2024 in the past', () => {
		for (const phrase of [
			'Now it is putting',
			'Jiang reports directly',
			'now also runs',
			'Wu himself keeps',
			'report straight to him',
			'who comes from'
		])
			expect(copies.en, phrase).not.toContain(phrase);
		const zh = copyOf('zh');
		expect([zh.headline, zh.dek, ...zh.steps.flatMap((s) => s.body)].filter((t) => t.includes('如今'))).toEqual([]);
	});

	it('puts the early trial stage on Taobao’s overseas push as a whole, and quotes two outside views', () => {
		const supply = stepText('en', 'supply');
		expect(supply.find((p) => p.includes('early trial stage'))).not.toContain('Apparel');
		expect(stepText('zh', 'supply').find((p) => p.includes('早期试水阶段'))).not.toContain('淘宝服饰');
		expect(copies.en).toContain('The report quotes two outside views.');
		expect(copies.en).not.toContain('Outside observers quoted in the report see two sides');
	});

	it('attributes what the rivals step says beyond the article, and Thailand’s shares to Momentum Works', () => {
		for (const lang of ['en', 'zh'] as const) expect(copyOf(lang).steps.find((s) => s.id === 'competition')!.background).toMatch(/Lazada/);
		expect(STRINGS.en.source([21, 22], 'Lazada’s statement')).toBe('Source: article ¶21, ¶22; background: Lazada’s statement');
		const sourceLine = (view: typeof enView) => {
			const chart = view.charts['money:thailand']!;
			return chart.kind === 'bars' ? chart.sourceLine : '';
		};
		expect(sourceLine(enView)).toMatch(/^Source: Momentum Works \(Singapore\), as cited in the Daily Economic News report/);
		expect(sourceLine(zhView)).toMatch(/^来源：新加坡墨腾创投（Momentum Works），据《每日经济新闻》报道/);
	});

	it('tells the growth chart’s one profit measure apart from the three revenue growth rates', () => {
		for (const view of [enView, zhView]) {
			const growth = view.charts['money:growth']!;
			expect(growth.kind).toBe('bars');
			if (growth.kind !== 'bars') continue;
			expect(growth.notes[0]).toMatch(view === enView ? /profit measure/ : /利润指标/);
			expect(growth.bars.at(-1)!.label).toMatch(view === enView ? /\(profit\)$/ : /（利润）$/);
		}
	});

	it('gives the derived 2023 revenue the same note in both editions, true to what the bar shows', () => {
		const derived = dataset.figures.find((f) => f.id === 'aidc-revenue-2023q3')!.source;
		expect(derived.source).toBe('derived');
		if (derived.source !== 'derived') return;
		expect(derived.note!.en).not.toContain('Rounded to millions');
		expect(derived.note!.en).toContain('24.46 and 24.65 billion');
		expect(derived.note!.zh).toContain('244.6亿至246.5亿元');
	});

	it('titles the list of changes with the previous date, and writes Chinese change lines in plain Chinese', () => {
		const opening = enView.charts['org:2024']!;
		expect(opening.kind === 'org' && opening.since).toBe('December 2023');
		expect(STRINGS.en.changesTitle('December 2023')).toBe('What changed after the previous date (December 2023):');
		const lines = Object.values(zhView.charts).flatMap((c) => (c.kind === 'org' ? c.changes : []));
		expect(lines).toContain('戴珊出任中国数字商业板块负责人。');
		expect(lines.filter((l) => /新任：|调整至/.test(l))).toEqual([]);
		expect(dataset.units.find((u) => u.id === 'other-groups')!.name.zh).toContain('本地生活');
		expect(dataset.charts.find((c) => c.id === 'org:2023-late')!.title.zh).not.toContain('淘天交给年轻团队');
	});

	it('drops the translationese from the Chinese dek and byline', () => {
		const zh = copyOf('zh');
		expect(zh.dek).not.toContain('它把');
		expect(zh.byline).not.toContain('图表组 制作');
	});

	it('records this round in the corrections of both editions, dated', () => {
		for (const lang of ['en', 'zh'] as const) {
			const latest = copyOf(lang).corrections.at(-1)!;
			expect(latest.date).toBe('2026-12-05');
			expect(latest.text).toMatch(lang === 'en' ? /1688 and Xianyu[\s\S]*CEO[\s\S]*B series/ : /1688和闲鱼[\s\S]*CEO[\s\S]*B系/);
		}
	});
});
