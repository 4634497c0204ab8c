import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { BEHIND_TEXT_TRIGGER, WIDE_LAYOUT_MIN_WIDTH } from '$lib/scroll/trigger';
import { EMBED_SIDE_BY_SIDE_MIN_WIDTH, STILL_WIDTH } from '$lib/charts/sizes';
import { CUSTOM_MEDIA, layoutPostcss } from '../../src/build/layout-css';

/**
 * The layout's values are defined once, in TypeScript, and reach the styles through
 * src/build/layout-css.ts: breakpoints as custom media, the trigger line as a custom property.
 */
const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : /\.(svelte|css|ts)$/.test(name) ? [path] : [];
	});
const sources = files('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** CSS as every Vite config compiles it. */
const compile = (css: string, from = 'src/lib/components/X.svelte.css') => postcss(layoutPostcss()).process(css, { from }).css;

describe('layout values reach the styles from the code’s constants', () => {
	it('no style writes a width breakpoint as a number: each names one (custom media)', () => {
		const numbered = sources.flatMap(({ path, text }) =>
			[...text.matchAll(/@media[^{]*\((?:min|max)-width:\s*[\d.]+px\)/g)].map((m) => `${path}: ${m[0]}`)
		);
		expect(numbered).toEqual([]);
		const named = sources.flatMap(({ text }) => [...text.matchAll(/@media \((--[a-z-]+)\)/g)].map((m) => m[1]!));
		expect(named.length).toBeGreaterThan(4);
		expect(named.filter((name) => !(name in CUSTOM_MEDIA))).toEqual([]);
	});

	it('compiles each named breakpoint to the constant’s width', () => {
		expect(compile('@media (--wide) { a { b: c } }')).toContain(`@media (min-width: ${WIDE_LAYOUT_MIN_WIDTH}px)`);
		expect(compile('@media (--narrow) { a { b: c } }')).toContain(`@media (max-width: ${WIDE_LAYOUT_MIN_WIDTH - 0.02}px)`);
		expect(compile('@media (--embed-side-by-side) { a { b: c } }')).toContain(`@media (min-width: ${EMBED_SIDE_BY_SIDE_MIN_WIDTH}px)`);
		// Nothing of the definitions is left in the output.
		expect(compile('a { b: c }')).not.toContain('custom-media');
	});

	it('gives the global stylesheet the trigger line, which the story’s step spacing reads', () => {
		expect(compile(readFileSync('src/app.css', 'utf8'), join(process.cwd(), 'src/app.css'))).toMatch(
			new RegExp(`:root\\s*\\{\\s*--behind-text-trigger: ${BEHIND_TEXT_TRIGGER}`)
		);
		const story = sources.find((s) => s.path.endsWith('components/Story.svelte'))!.text;
		expect(/\.step \{[^}]*padding: [^;]*var\(--behind-text-trigger\)/.test(story)).toBe(true);
		expect(/\.card \+ \.card \{[^}]*margin-top: calc\(var\(--behind-text-trigger\)/.test(story)).toBe(true);
	});

	it('no component writes the still width as a number of its own', () => {
		const literal = new RegExp(`\\|\\|\\s*${STILL_WIDTH}\\b`);
		expect(sources.filter(({ text }) => literal.test(text)).map((s) => s.path)).toEqual([]);
	});
});
