/**
 * The Vite plugins of the two builds (vite.config.ts: the site; vite.element.config.ts: the
 * custom element). What each is for: src/build/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { visualizer } from 'rollup-plugin-visualizer';
import { readSettings, readStoryFolder, settingsFile, storyFolder } from '../lib/data/story-folder.ts';
import { BUILD_DIR } from './build-dir.js';
import { STORY_VIEW_SCRIPT, storyViewScript } from '../element/story-view-script.ts';

/**
 * Validates the story's settings, dataset and copy before anything is built, so bad data stops
 * `npm run build` at once with only the list of problems (file, path, fault).
 */
export function validateStoryData(): Plugin {
	return {
		name: 'validate-story-data',
		apply: 'build',
		buildStart() {
			try {
				readStoryFolder(storyFolder());
			} catch (error) {
				this.error((error as Error).message);
			}
		}
	};
}

/**
 * `import settings from 'virtual:story-settings'` (or `{ embedName }`): the settings of the story being built
 * (story.json), for the code in the browser that names things after the story (the embed
 * protocol, the loader, the custom element). Every build includes it.
 */
export function storySettings(): Plugin {
	const ID = 'virtual:story-settings';
	return {
		name: 'story-settings',
		resolveId: (id) => (id === ID ? `\0${ID}` : null),
		load(id) {
			if (id !== `\0${ID}`) return null;
			const folder = storyFolder();
			this.addWatchFile(settingsFile(folder));
			const settings = readSettings(folder);
			// The embed protocol's name also on its own: the loader then carries none of the other settings.
			return `export const embedName = ${JSON.stringify(settings.embedName)};\nexport default ${JSON.stringify(settings)};`;
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

/** `BUNDLE_REPORT=1 npm run build` writes what is in a browser bundle to bundle-report/<name>.html (and .json). */
export const bundleReport = (name: string): Plugin[] =>
	process.env.BUNDLE_REPORT
		? [
				visualizer({ filename: `bundle-report/${name}.html`, template: 'treemap', gzipSize: true, brotliSize: false }) as Plugin,
				visualizer({ filename: `bundle-report/${name}.json`, template: 'raw-data', gzipSize: true }) as Plugin
			]
		: [];

const CSS_PLACEHOLDER = '__STORY_ELEMENT_CSS__';

export function storyElementModules(): Plugin {
	return {
		name: 'story-element-modules',
		// After Vite's CSS plugin, so the stylesheet it emits is there to fold in.
		enforce: 'post',
		resolveId(id) {
			return id === 'virtual:story-css' ? `\0${id}` : null;
		},
		load(id) {
			if (id === '\0virtual:story-css') return `export default ${JSON.stringify(CSS_PLACEHOLDER)};`;
			return null;
		},
		generateBundle(_, bundle) {
			const cssFiles = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
			const css = cssFiles.map((file) => (file.type === 'asset' ? String(file.source) : '')).join('\n');
			for (const file of cssFiles) delete bundle[file.fileName];
			for (const chunk of Object.values(bundle)) {
				// The minifier may have requoted the placeholder with ' or `.
				if (chunk.type === 'chunk') chunk.code = chunk.code.replace(new RegExp(`(["'\`])${CSS_PLACEHOLDER}\\1`), () => JSON.stringify(css));
			}
			if (!css || Object.values(bundle).some((c) => c.type === 'chunk' && c.code.includes(CSS_PLACEHOLDER))) {
				this.error('the components’ CSS was not folded into the custom element');
			}
			// The story's data, from the prerendered build/story-view.json, as a script of its own (story-view-script.ts).
			const json = JSON.stringify(JSON.parse(readFileSync(join(BUILD_DIR, 'story-view.json'), 'utf8')));
			this.emitFile({ type: 'asset', fileName: STORY_VIEW_SCRIPT, source: storyViewScript(readSettings(storyFolder()).slug, json) });
		}
	};
}
