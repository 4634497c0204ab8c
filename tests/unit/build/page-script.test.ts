import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageScript } from '../../../src/build/page-script';
import { jsonForScriptElement } from '$lib/story/graphic-data';

describe('pageScript', () => {
	const dir = mkdtempSync(join(tmpdir(), 'page-script-'));
	const manifest = join(dir, 'manifest.json');
	writeFileSync(
		manifest,
		JSON.stringify({
			'src/page.ts': { file: '_app/immutable/entry/page.abc.js', imports: ['_a.js', '_b.js'], css: ['_app/immutable/assets/page.css'] },
			'_a.js': { file: '_app/immutable/chunks/a.js', imports: ['_c.js'] },
			'_b.js': { file: '_app/immutable/chunks/b.js', imports: ['_c.js'] },
			'_c.js': { file: '_app/immutable/chunks/c.js', css: ['_app/immutable/assets/Chart.css'] },
			'_lazy.js': { file: '_app/immutable/chunks/lazy.js', css: ['_app/immutable/assets/Lazy.css'] }
		})
	);

	it('gives the hashed file, every chunk it imports and their stylesheets, once each', () => {
		expect(pageScript('src/page.ts', manifest)).toEqual({
			src: '_app/immutable/entry/page.abc.js',
			preload: ['_app/immutable/chunks/a.js', '_app/immutable/chunks/c.js', '_app/immutable/chunks/b.js'],
			css: ['_app/immutable/assets/page.css', '_app/immutable/assets/Chart.css']
		});
	});

	it('fails the build, naming the manifest, when the entry is not in it', () => {
		expect(() => pageScript('src/other.ts', manifest)).toThrow(`${manifest}: no entry "src/other.ts"`);
		expect(() => pageScript('src/page.ts', join(dir, 'missing.json'))).toThrow(/missing\.json: cannot read/);
	});
});

describe('jsonForScriptElement', () => {
	it('cannot close its <script> element or open a comment, and reads back the same', () => {
		const value = { title: '</script><script>alert(1)</script>', note: '<!-- x -->', line: '\u2028' };
		const json = jsonForScriptElement(value);
		expect(json).not.toMatch(/<\/script|<!--|\u2028/i);
		expect(JSON.parse(json)).toEqual(value);
	});
});
