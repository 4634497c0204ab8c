import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The engine (src/) tells any story from its content folder, so it must not know one: no id of a
 * published story's units, people, figures or events, and not its name, written into its code or
 * comments. A story's words live in data/<story>/; examples in the engine's comments use the
 * made-up fixture story's.
 */

const filesUnder = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : [path];
	});

/** Every published story's own names: its folder, slug and embed name, and its ids (of units, people, figures, events, steps) of four characters or more. */
function storyNames(): { story: string; name: string; whole: boolean }[] {
	return readdirSync('data')
		.filter((folder) => statSync(join('data', folder)).isDirectory())
		.flatMap((story) => {
			const settings = JSON.parse(readFileSync(join('data', story, 'story.json'), 'utf8'));
			const dataset = JSON.parse(readFileSync(join('data', story, 'dataset.json'), 'utf8'));
			const ids = [...dataset.units, ...dataset.people, ...dataset.figures, ...dataset.events].map((item: { id: string }) => item.id);
			// Its steps' ids too, as the copy names them (`id: split-2021`: they are in its addresses),
			// but for plain words ("growth"), which an engine may well say.
			const copy = readFileSync(join('data', story, `story.${settings.editions[0]}.aml`), 'utf8');
			ids.push(...[...copy.matchAll(/^id: (\S+)$/gm)].map((match) => match[1]!).filter((id) => /[-\d]/.test(id)));
			const own = [story, settings.slug, settings.embedName].map((name: string) => ({ story, name, whole: false }));
			return [
				...own,
				...ids.filter((id: string) => id.length >= 4 && /[a-z]/.test(id)).map((name: string) => ({ story, name, whole: true }))
			];
		});
}

/**
 * Where `name` appears in `text`: an id as a whole (not inside a longer one), a story's own name
 * (folder, slug, embed name) anywhere, in any case ("data-<embedName>", "<slug>-story", "Alibaba").
 */
const mentions = (text: string, name: string, whole = true) =>
	whole
		? new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text)
		: text.toLowerCase().includes(name.toLowerCase());

/**
 * Engine tests that still read a published story (its ids, its folder): each should run on a
 * fixture story (tests/fixtures/stories/) or synthetic input, or, if it checks the story's facts,
 * move to data/<story>/checks/.
 */
const STILL_TO_MOVE: string[] = [];

describe('the engine', () => {
	const names = storyNames();

	it('finds the published stories’ names to look for', () => {
		expect(names.length).toBeGreaterThan(10);
	});

	it('names no published story’s ids, slug or folder in its modules', () => {
		const found = filesUnder('src')
			.filter((file) => /\.(ts|js|mjs|svelte|css|html)$/.test(file))
			.flatMap((file) => {
				const text = readFileSync(file, 'utf8');
				return names
					.filter(({ name, whole }) => mentions(text, name, whole))
					.map(({ story, name }) => `${file} names "${name}" (data/${story}/)`);
			});
		expect(found).toEqual([]);
	});

	it('names none in its tests either, nor reads a published story there, but for the files still to move (a list that only shrinks)', () => {
		const naming = [...filesUnder('tests/unit'), ...filesUnder('tests/e2e')]
			.filter((file) => /\.(ts|js|mjs|html)$/.test(file) && file !== import.meta.filename.slice(process.cwd().length + 1))
			.filter((file) => {
				const text = readFileSync(file, 'utf8');
				// Naming an id, or reading a published story through a shared helpers module (as tests/unit/helpers.ts did).
				return names.some(({ name, whole }) => mentions(text, name, whole)) || /from '(\.\.?\/)+helpers'/.test(text);
			})
			.sort();
		// A file that no longer names a story's ids comes off the list, and no new file goes on it.
		expect(naming).toEqual(STILL_TO_MOVE);
	});

	it('is caught when it does', () => {
		const { name } = names.find(({ name }) => name.includes('-'))!;
		expect(mentions(`const first = '${name}';`, name)).toBe(true);
		expect(mentions(`const other = 'x-${name}';`, name)).toBe(false);
		const own = names.find(({ whole }) => !whole)!.name;
		expect(mentions(`<div data-${own.toUpperCase()}>`, own, false)).toBe(true);
	});
});
