import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Plain files in build/: any static host or CDN can serve them.
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		// Relative asset URLs so the build works from any sub-path of a host.
		paths: { relative: true },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
