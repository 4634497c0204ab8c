import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageScript } from '../../../src/build/page-script';
import { tempFolder } from '../temp-folder';

describe('pageScript', () => {
	const dir = tempFolder('page-script-');
	const manifest = join(dir, 'manifest.json');
	writeFileSync(
		manifest,
		JSON.stringify({
			'src/page.ts': { file: 'page.abc.js', imports: ['_a.js', '_b.js'], css: ['page.css'] },
			'_a.js': { file: 'a.js', imports: ['_c.js'] },
			'_b.js': { file: 'b.js', imports: ['_c.js'] },
			'_c.js': { file: 'c.js', css: ['Chart.css'] },
			'_lazy.js': { file: 'lazy.js', css: ['Lazy.css'] }
		})
	);

	it('gives the hashed file, every chunk it imports and their stylesheets, once each, where they sit in the site', () => {
		expect(pageScript('src/page.ts', manifest, '_app/immutable/story')).toEqual({
			src: '_app/immutable/story/page.abc.js',
			preload: ['_app/immutable/story/a.js', '_app/immutable/story/c.js', '_app/immutable/story/b.js'],
			css: ['_app/immutable/story/page.css', '_app/immutable/story/Chart.css']
		});
	});

	it('adds the one stylesheet of a build that does not split its CSS, lazy chunks\' styles included', () => {
		const unsplit = join(dir, 'unsplit.json');
		writeFileSync(unsplit, JSON.stringify({ 'src/page.ts': { file: 'page.abc.js' }, 'style.css': { file: 'all.css', src: 'style.css' } }));
		expect(pageScript('src/page.ts', unsplit, 's').css).toEqual(['s/all.css']);
	});

	it('fails the build, naming the manifest, when the entry is not in it', () => {
		expect(() => pageScript('src/other.ts', manifest, 'x')).toThrow(`${manifest}: no entry "src/other.ts"`);
		expect(() => pageScript('src/page.ts', join(dir, 'missing.json'), 'x')).toThrow(/missing\.json: cannot read/);
	});
});
