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

/** Every published story's own names: its folder, slug and embed name, and its ids of four characters or more. */
function storyNames(): { story: string; name: string }[] {
	return readdirSync('data')
		.filter((folder) => statSync(join('data', folder)).isDirectory())
		.flatMap((story) => {
			const settings = JSON.parse(readFileSync(join('data', story, 'story.json'), 'utf8'));
			const dataset = JSON.parse(readFileSync(join('data', story, 'dataset.json'), 'utf8'));
			const ids = [...dataset.units, ...dataset.people, ...dataset.figures, ...dataset.events].map((item: { id: string }) => item.id);
			return [story, settings.slug, settings.embedName, ...ids]
				.filter((name: string) => name.length >= 4 && /[a-z]/.test(name))
				.map((name: string) => ({ story, name }));
		});
}

/** Where `name` appears as a whole id (not inside a longer one) in `text`. */
const mentions = (text: string, name: string) =>
	new RegExp(`(?<![\\w-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text);

/**
 * Engine tests that still read a published story (its ids, its folder): each should run on a
 * fixture story (tests/fixtures/stories/) or synthetic input, or, if it checks the story's facts,
 * move to data/<story>/checks/.
 */
const STILL_TO_MOVE: string[] = [
	'tests/e2e/embed.spec.ts',
	'tests/e2e/explore.spec.ts',
	'tests/e2e/org-tree.spec.ts',
	'tests/e2e/readers.spec.ts'
];

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
				return names.filter(({ name }) => mentions(text, name)).map(({ story, name }) => `${file} names "${name}" (data/${story}/)`);
			});
		expect(found).toEqual([]);
	});

	it('names none in its tests either, nor reads a published story there, but for the files still to move (a list that only shrinks)', () => {
		const naming = [...filesUnder('tests/unit'), ...filesUnder('tests/e2e')]
			.filter((file) => /\.(ts|js|mjs)$/.test(file) && file !== import.meta.filename.slice(process.cwd().length + 1))
			.filter((file) => {
				const text = readFileSync(file, 'utf8');
				// Naming an id, or reading a published story through a shared helpers module (as tests/unit/helpers.ts did).
				return names.some(({ name }) => mentions(text, name)) || /from '(\.\.?\/)+helpers'/.test(text);
			})
			.sort();
		// A file that no longer names a story's ids comes off the list, and no new file goes on it.
		expect(naming).toEqual(STILL_TO_MOVE);
	});

	it('is caught when it does', () => {
		const { name } = names.find(({ name }) => name.includes('-'))!;
		expect(mentions(`const first = '${name}';`, name)).toBe(true);
		expect(mentions(`const other = 'x-${name}';`, name)).toBe(false);
	});
});
