/**
 * Builds the custom element <alibaba-restructuring-story> into build/element/, after the
 * site: `vite build -c vite.element.config.ts`. The story data comes from the prerendered
 * build/story-view.json; the components' CSS is folded into the script as a string, to
 * be adopted as a constructable stylesheet inside the element's shadow root.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { serverOnlyImports, storyElementModules } from './src/build/vite-plugins.ts';

export default defineConfig({
	plugins: [storyElementModules(), serverOnlyImports(), svelte()],
	resolve: { alias: { $lib: resolve('src/lib') } },
	build: {
		outDir: 'build/element',
		emptyOutDir: false,
		cssCodeSplit: false,
		minify: true,
		// A classic script, not a module: a host can load it from our site without CORS headers.
		lib: { entry: 'src/element/story-element.ts', formats: ['iife'], name: 'AlibabaRestructuringStory', fileName: () => 'story-element.js' }
	}
});
