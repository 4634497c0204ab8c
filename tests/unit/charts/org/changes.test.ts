import { describe, expect, it } from 'vitest';
import { orgRows } from '$lib/charts/org/rows';
import { describeChanges } from '$lib/charts/org/changes';
import { inLang, type Lang } from '$lib/i18n/lang';
import type { Dataset } from '$lib/data/schema';
import { readStoryFolder } from '$lib/data/story-folder';
import { fixtureInTwoEditions, inSecondEdition } from '../../fixture-story';

// The fixture story in two editions. 2022: a wholesale unit opens. 2024: shops and online merge into
// the Retail Group (Ben Okafor). 2025: it merges into Larkspur Direct (Cleo Ward), which takes over
// the wholesale unit; Ben Okafor succeeds Ada Moss at the top.
const story = readStoryFolder(fixtureInTwoEditions()).dataset;
const state = (dataset: Dataset, id: string) => dataset.orgStates.find((s) => s.id === id)!;
const rows = (id: string, lang: Lang = 'en', dataset = story) => orgRows(dataset, state(dataset, id), lang);
const people = (lang: Lang) => new Map(story.people.map((p) => [p.id, inLang(p.name, lang)]));
const changes = (previous: string, next: string, lang: Lang = 'en') =>
	describeChanges(state(story, next).changes, rows(next, lang), rows(previous, lang), people(lang), lang);

describe('orgRows', () => {
	it('lists every unit of a state once, in reading order, with depth', () => {
		const list = rows('2025');
		expect(list).toHaveLength(state(story, '2025').nodes.length);
		expect(list[0]).toMatchObject({ id: 'larkspur', depth: 0, row: 0, parent: null });
		expect(list.find((r) => r.id === 'wholesale')).toMatchObject({ depth: 2, parent: 'direct' });
		// A child always comes after its parent.
		for (const row of list) if (row.parent) expect(list.findIndex((r) => r.id === row.parent)).toBeLessThan(row.row);
	});

	it('badges only what a sourced event changed, never what is merely new to the drawing', () => {
		expect(rows('2022').find((r) => r.id === 'wholesale')!.change).toBe('new');
		expect(rows('2025').find((r) => r.id === 'wholesale')!.change).toBe('moved');
		expect(rows('2025').find((r) => r.id === 'larkspur')!.change).toBeNull();
		// The same wholesale unit first drawn in 2022 without the event that created it: no badge.
		const unrecorded = {
			...story,
			orgStates: story.orgStates.map((s) => (s.id === '2022' ? { ...s, changes: [] } : s))
		};
		expect(rows('2022', 'en', unrecorded).find((r) => r.id === 'wholesale')!.change).toBeNull();
		for (const s of story.orgStates) {
			const evented = new Set(s.changes.flatMap((c) => (c.kind === 'created' || c.kind === 'moved' ? [c.unit] : [])));
			for (const row of rows(s.id)) if (row.change) expect(evented.has(row.id), `${s.id}: ${row.id}`).toBe(true);
		}
	});
});

describe('describeChanges', () => {
	it('says what was formed and from what, what merged into it and who was appointed', () => {
		expect(changes('2022', '2024')).toEqual([
			'New: Retail, formed from Shops and Online.',
			'Shops became part of Retail.',
			'Online became part of Retail.',
			'New at Retail: Ben Okafor, Head.'
		]);
	});

	it('says what moved from where to where, and who no longer leads a unit', () => {
		const said = changes('2024', '2025');
		expect(said).toContain('Wholesale moved from Larkspur to Direct.');
		expect(said).toContain('Ada Moss no longer leads Larkspur.');
		expect(said).toContain('New at Larkspur: Ben Okafor, Chief executive.');
		// Ben Okafor was not recorded as leaving the Retail Group, which merged: no such line.
		expect(said.join(' ')).not.toMatch(/Ben Okafor no longer/);
	});

	it('writes nothing that no change in the data states', () => {
		for (const [i, s] of story.orgStates.entries()) {
			if (i === 0) continue;
			expect(changes(story.orgStates[i - 1]!.id, s.id)).toHaveLength(s.changes.length);
		}
		expect(story.orgStates[0]!.changes).toEqual([]);
	});

	it('writes the second edition’s sentences in its own words, with its names', () => {
		const said = changes('2024', '2025', 'zh');
		expect(said).toContain(`${inSecondEdition('Wholesale')}从${inSecondEdition('Larkspur')}划入${inSecondEdition('Direct')}。`);
		expect(said).toContain(`${inSecondEdition('Ada Moss')}不再执掌${inSecondEdition('Larkspur')}。`);
	});
});
