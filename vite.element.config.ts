/**
 * Builds the story's custom element (<slug>-story, e.g. <alibaba-restructuring-story>) into
 * build/element/, after the site: `vite build -c vite.element.config.ts`. The components' CSS is
 * folded into the script as a string, to be adopted as a constructable stylesheet inside the
 * element's shadow root; the story's data (the prerendered build/story-view.json) becomes a
 * script of its own beside it, story-view.js (src/element/story-view-script.ts).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { serverOnlyImports, storyElementModules, storySettings } from './src/build/vite-plugins.ts';
import { BUILD_DIR } from './src/build/build-dir.js';
import { requireSvelteKitSync } from './src/build/svelte-kit-synced.js';
import { layoutPostcss } from './src/build/layout-css.ts';

requireSvelteKitSync();

export default defineConfig({
	// The layout's breakpoints and values, from the code's constants (src/build/layout-css.ts).
	css: { postcss: { plugins: layoutPostcss() } },
	plugins: [storySettings(), storyElementModules(), serverOnlyImports(), svelte()],
	resolve: { alias: { $lib: resolve('src/lib') } },
	build: {
		outDir: `${BUILD_DIR}/element`,
		emptyOutDir: false,
		cssCodeSplit: false,
		minify: true,
		// A classic script, not a module: a host can load it from our site without CORS headers.
		lib: { entry: 'src/element/story-element.ts', formats: ['iife'], name: 'storyElement', fileName: () => 'story-element.js' }
	}
});
