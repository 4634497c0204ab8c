/**
 * Builds the story page's one script (src/build/story-page-script.ts) on its own, before the
 * site: `vite build -c vite.story.config.ts`. Its own build, not an entry of SvelteKit's, so its
 * first chunk holds only what the story page runs (the embed pages' hydration, router and the
 * parts of Svelte they use stay out). The pages link it by its manifest (page-script.ts); after
 * the site's build, copy-story-page.mjs puts it in build/_app/immutable/story/.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { bundleReport, serverOnlyImports, storySettings } from './src/build/vite-plugins.ts';
import { STORY_PAGE } from './src/build/page-scripts.js';
import { requireSvelteKitSync } from './src/build/svelte-kit-synced.js';
import { layoutPostcss } from './src/build/layout-css.ts';

requireSvelteKitSync();

export default defineConfig({
	// Chunks import each other, and load their stylesheets, relative to themselves: the site may live under any path.
	base: './',
	// The layout's breakpoints and values, from the code's constants (src/build/layout-css.ts).
	css: { postcss: { plugins: layoutPostcss() } },
	plugins: [storySettings(), serverOnlyImports(), svelte(), ...bundleReport('story-page')],
	resolve: { alias: { $lib: resolve('src/lib') } },
	build: {
		outDir: STORY_PAGE.outDir,
		// One stylesheet, linked by the page, for the entry and the chunks loaded later (the explorer,
		// the bar chart): WebKit scrolls back to the step named in the address when a stylesheet added
		// while the reader reads finishes loading (see src/build/page-script.ts). About 3 KB gzipped.
		cssCodeSplit: false,
		assetsDir: '',
		emptyOutDir: true,
		manifest: true,
		// Every browser that runs the page's module script preloads modules itself. A lazy chunk's
		// preload never names the entry: the page has run it already, and Firefox reports a second
		// <link rel="modulepreload"> for it as a window error, which a host's error tracker records.
		modulePreload: {
			polyfill: false,
			resolveDependencies: (_file, deps) => deps.filter((dep) => !/(^|\/)story-page\.[^/]+\.js$/.test(dep))
		},
		rollupOptions: {
			input: { 'story-page': STORY_PAGE.entry },
			output: {
				entryFileNames: '[name].[hash].js',
				chunkFileNames: '[hash].js',
				assetFileNames: '[hash][extname]',
				// What the entry shares with chunks loaded later (Svelte's runtime, Vite's preload helper,
				// the text measure) in one chunk: the story's first load is two files, whatever a lazy
				// chunk such as the explorer's imports.
				codeSplitting: { groups: [{ name: 'shared', test: /node_modules[\\/]svelte[\\/]|vite[\\/]preload-helper|charts[\\/]text-width/ }] }
			}
		}
	}
});
