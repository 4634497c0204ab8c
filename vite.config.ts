import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { bundleReport, pageScripts, serverOnlyImports, storySettings, validateStoryData } from './src/build/vite-plugins.ts';
import { PAGE_SCRIPTS } from './src/build/page-scripts.ts';

// The build's own machinery (plugins, page scripts, headers, compression, the server): src/build/.

export default defineConfig({
	plugins: [
		validateStoryData(),
		storySettings(),
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
