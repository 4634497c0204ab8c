import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { bundleReport, serverOnlyImports, storyContentInDev, storySettings, validateStoryData } from './src/build/vite-plugins.ts';
import { layoutPostcss } from './src/build/layout-css.ts';

// The build's own machinery (plugins, page scripts, headers, compression, the server): src/build/.

export default defineConfig({
	// The layout's breakpoints and values, from the code's constants (src/build/layout-css.ts).
	css: { postcss: { plugins: layoutPostcss() } },
	plugins: [validateStoryData(), storyContentInDev(), storySettings(), serverOnlyImports(), sveltekit(), ...bundleReport('client')],
	server: { port: 5173, strictPort: true },
	// The tests run two dev servers at once (the editor loop, the chart lab): each optimizes its
	// dependencies in a folder of its own rather than under the other in node_modules/.vite.
	cacheDir: process.env.VITE_CACHE_DIR,
	preview: { port: 4173, strictPort: true },
	test: {
		// The engine's tests, and each story's own fact checks, kept with its content.
		include: ['tests/unit/**/*.test.ts', 'data/*/checks/**/*.test.ts'],
		environment: 'node',
		// The files share one module graph instead of a fresh one each: the code under test is pure
		// functions, and importing it 45 times cost more than the tests (unit run 31 s -> 13 s here).
		// Whatever a test stubs or spies on is put back after it, so no file leaks into the next.
		isolate: false,
		unstubGlobals: true,
		restoreMocks: true
	}
});
