/**
 * A pseudo-locale proves that no word a reader meets is hard-coded: every interface string and
 * every text of the copy and the dataset is wrapped in ⟦…⟧, the story is rendered as the
 * server renders it, and whatever letters are left outside the brackets came from the code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { readFileSync } from 'node:fs';
import Story from '$lib/components/Story.svelte';
import EmbedStepper from '$lib/components/embed/EmbedStepper.svelte';
import { parseDataset } from '$lib/data/parse-dataset';
import { parseStoryCopy } from '$lib/data/parse-story-copy';
import { buildStoryView } from '$lib/view/build-story-view';
import { STRINGS, VIEW_STRINGS, type Strings, type ViewStrings } from '$lib/i18n/strings';
import { LANGS } from '$lib/i18n/lang';
import { uiContext } from '$lib/i18n/context';
import { copyFile, readSettings } from '$lib/data/story-folder';
import Explorer from '$lib/components/explore/Explorer.svelte';
import PlacementTable from '$lib/components/explore/PlacementTable.svelte';
import { EXPLORE_STRINGS, type ExploreStrings } from '$lib/i18n/explore/strings';
import { explorerData } from '$lib/explore/explorer-data';
import { bracket, bracketWords } from '$lib/i18n/pseudo';
import { rewriteCopy } from '../../fixtures/editions.mjs';
import { FIXTURE_FOLDER, fixtureDatasetText as datasetText, fixtureInTwoEditions } from '../fixture-story';

const storyEnText = readFileSync(copyFile(FIXTURE_FOLDER, 'en'), 'utf8');

const wrap = bracket;

/** The strings of an edition with every word wrapped: functions wrap what they return. */
const pseudo = bracketWords;

/** The dataset with every text a reader may see wrapped: localized fields, quotes, notes, labels, titles. */
function pseudoData(node: unknown, key = ''): unknown {
	if (Array.isArray(node)) return node.map((item) => pseudoData(item, key));
	if (node && typeof node === 'object') {
		const entries = Object.entries(node);
		// A state's timeline mark is two lines (split at its line break): each is wrapped.
		if (entries.length && entries.every(([k]) => (LANGS as readonly string[]).includes(k)))
			return Object.fromEntries(entries.map(([k, v]) => [k, String(v).split('\n').map(wrap).join('\n')]));
		return Object.fromEntries(entries.map(([k, v]) => [k, pseudoData(v, k)]));
	}
	// Single-language texts a reader sees: quotes and notes of sources, labels of periods, titles of events.
	if (typeof node === 'string' && ['quote', 'note', 'label', 'title'].includes(key)) return wrap(node);
	return node;
}

/** The copy with every text a reader sees wrapped (the fixture's pseudo-locale edition is written so). */
const pseudoCopy = (aml: string) => rewriteCopy(aml, wrap);

/** Letters of any script outside ⟦…⟧ in the visible text and the read-aloud attributes of some HTML. */
function leftovers(html: string): string[] {
	const visible = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
		.replace(/<noscript>|<\/noscript>/g, '');
	const texts = [...visible.split(/<[^>]*>/), ...[...visible.matchAll(/\s(?:aria-label|alt|title)="([^"]*)"/g)].map((m) => m[1]!)];
	const found: string[] = [];
	for (let text of texts) {
		text = text.replace(/&[a-z]+;|&#\d+;/g, ' ');
		// Innermost brackets first: a wrapped string may be built from wrapped parts.
		for (let before = ''; before !== text;) [before, text] = [text, text.replace(/⟦[^⟦⟧]*⟧/g, '')];
		if (/\p{L}/u.test(text)) found.push(text.trim());
	}
	return found;
}

describe('a pseudo-locale', () => {
	const original = STRINGS.en;
	const originalView = VIEW_STRINGS.en;
	const originalExplore = EXPLORE_STRINGS.en;
	beforeAll(() => {
		STRINGS.en = { ...pseudo(original), lang: 'en', locale: 'en-GB', date: (iso: string) => wrap(iso) } as Strings;
		VIEW_STRINGS.en = pseudo(originalView) as ViewStrings;
		EXPLORE_STRINGS.en = pseudo(originalExplore) as ExploreStrings;
	});
	afterAll(() => {
		STRINGS.en = original;
		VIEW_STRINGS.en = originalView;
		EXPLORE_STRINGS.en = originalExplore;
	});

	const view = () => {
		const dataset = parseDataset(JSON.stringify(pseudoData(JSON.parse(datasetText))), 'pseudo dataset', ['en']);
		return buildStoryView(dataset, parseStoryCopy(pseudoCopy(storyEnText), 'pseudo copy', dataset));
	};

	it('leaves no word outside the strings files, the copy and the data: the story page', () => {
		const { body } = render(Story, {
			props: {
				view: view(),
				downloads: { json: 'x.json', csv: 'x.csv' },
				otherEditions: [{ label: wrap('中文版'), href: 'zh/', lang: 'zh-CN' }]
			},
			context: new Map()
		});
		expect(body.length).toBeGreaterThan(10_000);
		expect(leftovers(body)).toEqual([]);
	});

	it('leaves no word outside the strings files, the copy and the data: the embed stepper', () => {
		// Inside EmbedStory, which provides the edition's strings.
		const { body } = render(EmbedStepper, {
			props: { view: view(), reducedMotion: false, start: 3, stepsPath: 'steps/' },
			context: uiContext(STRINGS.en)
		});
		expect(leftovers(body)).toEqual([]);
	});

	it('leaves no word outside the strings files and the data: the explorer and its table', () => {
		const data = explorerData(parseDataset(JSON.stringify(pseudoData(JSON.parse(datasetText))), 'pseudo dataset', ['en']), 'en');
		const bodies = [
			render(Explorer, { props: { data }, context: uiContext(STRINGS.en) }).body,
			render(PlacementTable, { props: { data, idPrefix: 'table' }, context: uiContext(STRINGS.en) }).body
		];
		for (const body of bodies) {
			expect(body.length).toBeGreaterThan(2_000);
			expect(leftovers(body)).toEqual([]);
		}
	});

	it('is what the real editions use: each strings file covers every key', () => {
		const keys = (strings: object) => Object.keys(strings).sort();
		for (const lang of LANGS) {
			expect(keys(STRINGS[lang]), lang).toEqual(keys(original));
			expect(keys(VIEW_STRINGS[lang]), lang).toEqual(keys(originalView));
			expect(keys(EXPLORE_STRINGS[lang]), lang).toEqual(keys(originalExplore));
		}
	});
});

// The copy file exists for every edition a story lists, in that edition's language.
it('every edition of a story has its copy file', () => {
	const folder = fixtureInTwoEditions();
	const editions = readSettings(folder).editions;
	expect(editions.length).toBeGreaterThan(1);
	for (const lang of editions) expect(readFileSync(copyFile(folder, lang), 'utf8')).toContain(`lang: ${lang}`);
});
