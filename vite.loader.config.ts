/**
 * Builds the host loader, src/loader/embed.ts, into build/embed.js after the site:
 * `vite build -c vite.loader.config.ts`. A classic script (IIFE), not a module: a host loads it
 * from our site with one tag and no CORS. Budget: 2 KB gzipped (npm run bench).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { storySettings } from './src/build/vite-plugins.ts';
import { BUILD_DIR } from './src/build/build-dir.js';
import { requireSvelteKitSync } from './src/build/svelte-kit-synced.js';

requireSvelteKitSync();

export default defineConfig({
	plugins: [storySettings()],
	resolve: { alias: { $lib: resolve('src/lib') } },
	build: {
		outDir: BUILD_DIR,
		emptyOutDir: false,
		minify: true,
		lib: { entry: 'src/loader/embed.ts', formats: ['iife'], name: 'storyLoader', fileName: () => 'embed.js' }
	}
});
