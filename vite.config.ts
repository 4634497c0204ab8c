import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';
import { visualizer } from 'rollup-plugin-visualizer';
import { parseDataset } from './src/lib/data/parse-dataset.ts';
import { parseStoryCopy } from './src/lib/data/parse-story-copy.ts';
import { PAGE_SCRIPTS } from './src/page-scripts/entries.ts';

/**
 * Validates the dataset and the copy before anything is built, so bad data stops
 * `npm run build` at once with only the list of problems (file, path, fault).
 */
function validateStoryData(): Plugin {
	return {
		name: 'validate-story-data',
		apply: 'build',
		buildStart() {
			try {
				const dataset = parseDataset(readFileSync('data/dataset.json', 'utf8'), 'data/dataset.json');
				for (const file of ['data/story.en.aml', 'data/story.zh.aml']) parseStoryCopy(readFileSync(file, 'utf8'), file, dataset);
			} catch (error) {
				this.error((error as Error).message);
			}
		}
	};
}

/**
 * `import X from './Module.svelte?server-only'`: the module in the server build (prerendering),
 * `null` in the browser build, so code that only prerenders (e.g. <noscript> contents) costs
 * readers nothing. Shared with the custom element's build.
 */
export function serverOnlyImports(): Plugin {
	const STUB = '\0server-only-stub';
	return {
		name: 'server-only-imports',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!source.endsWith('?server-only')) return null;
			if (!options?.ssr) return STUB;
			return this.resolve(source.slice(0, -'?server-only'.length), importer, { ...options, skipSelf: true });
		},
		load(id) {
			return id === STUB ? 'export default null;' : null;
		}
	};
}

/**
 * Scripts of pages that SvelteKit does not hydrate (`csr = false`): each is added as an entry
 * of SvelteKit's own browser build, so it shares chunks (the Svelte runtime, the charts) with
 * the embed pages, and its hashed file name is read from the build manifest when the page
 * prerenders (see $lib/server/page-script).
 */
export function pageScripts(entries: Record<string, string>): Plugin {
	let browserBuild = false;
	return {
		name: 'page-scripts',
		apply: 'build',
		configResolved(config) {
			browserBuild = !config.build.ssr && !config.build.lib;
		},
		options(options) {
			if (!browserBuild || typeof options.input !== 'object' || Array.isArray(options.input)) return null;
			return { ...options, input: { ...options.input, ...entries } };
		}
	};
}

/** `BUNDLE_REPORT=1 npm run build` writes what is in the browser bundle to bundle-report/. */
const bundleReport = (): Plugin[] =>
	process.env.BUNDLE_REPORT
		? [
				visualizer({ filename: 'bundle-report/client.html', template: 'treemap', gzipSize: true, brotliSize: false }) as Plugin,
				visualizer({ filename: 'bundle-report/client.json', template: 'raw-data', gzipSize: true }) as Plugin
			]
		: [];

export default defineConfig({
	plugins: [
		validateStoryData(),
		serverOnlyImports(),
		sveltekit(),
		pageScripts({ 'entry/story-page': PAGE_SCRIPTS.story }),
		...bundleReport()
	],
	server: { port: 5173, strictPort: true },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
