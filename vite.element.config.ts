/**
 * Builds the custom element <alibaba-restructuring-story> into build/element/, after the
 * site: `vite build -c vite.element.config.ts`. The story data comes from the prerendered
 * build/story-view.json; the components' CSS is folded into the script as a string, to
 * be adopted as a constructable stylesheet inside the element's shadow root.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { serverOnlyImports } from './vite.config.ts';

const CSS_PLACEHOLDER = '__STORY_ELEMENT_CSS__';

function storyElementModules(): Plugin {
	return {
		name: 'story-element-modules',
		// After Vite's CSS plugin, so the stylesheet it emits is there to fold in.
		enforce: 'post',
		resolveId(id) {
			return id === 'virtual:story-view' || id === 'virtual:story-css' ? `\0${id}` : null;
		},
		load(id) {
			if (id === '\0virtual:story-view') return `export default ${readFileSync('build/story-view.json', 'utf8')};`;
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
		}
	};
}

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
