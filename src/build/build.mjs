// `npm run build`: the site in named stages, in order. Each stage says what it needs from the
// stages before it and what it makes; a stage whose input is missing stops the build with a
// message naming the stage and the file, instead of failing somewhere inside a bundler.
//   node src/build/build.mjs            (STORY, BUILD_DIR, PUBLIC_SITE_URL… as for any build)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUILD_DIR } from './build-dir.js';
import { STORY_PAGE } from './page-scripts.js';

/** @type {(script: string, ...args: string[]) => [string, string[]]} */
const node = (script, ...args) => [process.execPath, [script, ...args]];
/** @type {(...args: string[]) => [string, string[]]} */
const vite = (...args) => [process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...args]];

/** The stages: `needs` are files the stage reads that earlier stages make; `makes`, what it must leave behind. */
export const STAGES = [
	{
		name: 'check the content',
		why: 'bad content fails in a second, with file, line and column (check:story)',
		run: node('src/build/check-story.mjs'),
		needs: [],
		makes: []
	},
	{
		name: 'forget the last build',
		why: 'a build that stops half-way leaves no stamp saying it is complete',
		run: node('src/build/build-stamp.mjs', 'clear'),
		needs: [],
		makes: []
	},
	{
		name: "the story page's script",
		why: 'first: the pages link its hashed files, read from its manifest as they prerender',
		run: vite('-c', 'vite.story.config.ts', '--logLevel', 'warn'),
		needs: [],
		makes: [join(STORY_PAGE.outDir, '.vite/manifest.json')]
	},
	{
		name: 'the site (prerendered pages, data, embeds)',
		why: "SvelteKit's build and prerender; it leaves the story page's script out, copied in below",
		run: vite(),
		needs: [join(STORY_PAGE.outDir, '.vite/manifest.json')],
		makes: [join(BUILD_DIR, 'index.html'), join(BUILD_DIR, 'story-view.json')]
	},
	{
		name: 'the custom element',
		why: "a library build of its own; its data script is the prerendered story-view.json",
		run: vite('-c', 'vite.element.config.ts', '--logLevel', 'warn'),
		needs: [join(BUILD_DIR, 'story-view.json')],
		makes: [join(BUILD_DIR, 'element')]
	},
	{
		name: 'the embed loader',
		why: "hosts' one script (embed.js), from the same protocol as the story",
		run: vite('-c', 'vite.loader.config.ts', '--logLevel', 'warn'),
		needs: [join(BUILD_DIR, 'index.html')],
		makes: [join(BUILD_DIR, 'embed.js')]
	},
	{
		name: "copy the story page's script into the site",
		why: 'under _app/immutable/, where hosts cache it for a year',
		run: node('src/build/copy-story-page.mjs'),
		needs: [STORY_PAGE.outDir, join(BUILD_DIR, 'index.html')],
		makes: [join(BUILD_DIR, STORY_PAGE.sitePath)]
	},
	{
		name: 'pym.js for hosts',
		why: 'the pym code loads it from our site, with its licence beside it',
		run: node('src/build/copy-pym.mjs'),
		needs: [join(BUILD_DIR, 'index.html')],
		makes: [join(BUILD_DIR, 'pym.v1.min.js'), join(BUILD_DIR, 'pym.LICENSE.txt')]
	},
	{
		name: 'headers for static hosts',
		why: "each page's CSP, frame-ancestors on the story pages, caching, charsets (_headers)",
		run: node('src/build/headers.mjs'),
		needs: [join(BUILD_DIR, 'index.html')],
		makes: [join(BUILD_DIR, '_headers')]
	},
	{
		name: 'precompress',
		why: 'a .br and .gz beside every text file, after every file is written',
		run: node('src/build/precompress.mjs'),
		needs: [join(BUILD_DIR, '_headers'), join(BUILD_DIR, STORY_PAGE.sitePath)],
		makes: [join(BUILD_DIR, 'index.html.br')]
	},
	{
		name: 'stamp the build',
		why: 'a fingerprint of what it read: the tests rebuild only when a source changed',
		run: node('src/build/build-stamp.mjs', 'write'),
		needs: [join(BUILD_DIR, 'index.html.br')],
		makes: []
	}
];

/** @param {{ name: string }} stage @param {string} message */
function fail(stage, message) {
	console.error(`\nbuild: stage "${stage.name}" ${message}`);
	process.exit(1);
}

// Run as a script (npm run build); imported (a test reading STAGES), it only describes.
if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
	const started = Date.now();
	for (const [i, stage] of STAGES.entries()) {
		const missing = stage.needs.filter((path) => !existsSync(path));
		if (missing.length) fail(stage, `needs ${missing.join(', ')}, which an earlier stage makes: run the whole build (npm run build)`);
		const at = Date.now();
		console.log(`build ${i + 1}/${STAGES.length}: ${stage.name}`);
		const [command, args] = stage.run;
		const result = spawnSync(command, args, { stdio: 'inherit' });
		if (result.status !== 0) fail(stage, `failed (exit ${result.status ?? result.signal})`);
		const absent = stage.makes.filter((path) => !existsSync(path));
		if (absent.length) fail(stage, `finished without making ${absent.join(', ')}`);
		if (Date.now() - at > 1000) console.log(`  (${((Date.now() - at) / 1000).toFixed(1)} s)`);
	}
	console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s, in ${BUILD_DIR}/`);
}
