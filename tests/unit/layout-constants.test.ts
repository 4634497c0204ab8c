import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BEHIND_TEXT_TRIGGER, WIDE_LAYOUT_MIN_WIDTH } from '$lib/scroll/trigger';
import { EMBED_SIDE_BY_SIDE_MIN_WIDTH, STILL_WIDTH } from '$lib/charts/sizes';

/**
 * CSS cannot import a TypeScript constant (a media query takes no custom property), so the layout
 * values written in styles are checked against the constants the code reads: change one, and this
 * names every place that must change with it.
 */
const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : /\.(svelte|css|ts)$/.test(name) ? [path] : [];
	});
const sources = files('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('layout values written in CSS agree with the code’s constants', () => {
	it('every width breakpoint is the wide layout’s, or in a frame of its own the embed’s side-by-side width', () => {
		const breakpoints = sources.flatMap(({ path, text }) =>
			[...text.matchAll(/@media[^{]*\((?:min|max)-width:\s*(\d+)px\)/g)].map((m) => ({ path, width: Number(m[1]) }))
		);
		expect(breakpoints.length).toBeGreaterThan(4);
		const expected = (path: string) =>
			/components\/embed\/Embed(Stepper|Chart)\.svelte$/.test(path) ? EMBED_SIDE_BY_SIDE_MIN_WIDTH : WIDE_LAYOUT_MIN_WIDTH;
		expect(breakpoints.filter((b) => b.width !== expected(b.path))).toEqual([]);
	});

	it('the story’s step spacing puts the next step at the trigger line behind the text', () => {
		const story = sources.find((s) => s.path.endsWith('components/Story.svelte'))!.text;
		const [, top, bottom] = /\.step \{[^}]*padding: calc\(([\d.]+) \*[^)]*\)\) 1rem calc\(([\d.]+) \*/.exec(story)!;
		expect(Number(top) + Number(bottom)).toBeCloseTo(BEHIND_TEXT_TRIGGER);
		const [, between] = /\.card \+ \.card \{[^}]*margin-top: calc\(([\d.]+) \*/.exec(story)!;
		expect(Number(between)).toBeCloseTo(BEHIND_TEXT_TRIGGER);
	});

	it('no component writes the still width as a number of its own', () => {
		const literal = new RegExp(`\\|\\|\\s*${STILL_WIDTH}\\b`);
		expect(sources.filter(({ text }) => literal.test(text)).map((s) => s.path)).toEqual([]);
	});
});
