import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { BUILD_DIR } from './src/build/build-dir.js';
import { STORY_PAGE } from './src/build/page-scripts.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Type-check each story's own fact checks (data/<story>/checks/) with the rest.
		typescript: {
			config: (config) => {
				config.include.push('../data/*/checks/**/*.ts');
				// The bench's reference page is someone else's build, measured as it is.
				config.exclude.push('../tests/bench/reference/**');
			}
		},
		// Plain files in build/ (or BUILD_DIR): any static host or CDN can serve them.
		adapter: adapter({ pages: BUILD_DIR, assets: BUILD_DIR, strict: true }),
		// The pages' own stylesheets (a few KB) go in the HTML: first paint waits for no stylesheet
		// request of SvelteKit's (the story page's script brings one of its own). Each <style>
		// is hashed into the CSP, so no 'unsafe-inline'.
		inlineStyleThreshold: 8192,
		// Relative asset URLs so the build works from any sub-path of a host.
		paths: { relative: true },
		prerender: {
			// The story page's script is built on its own and put in _app/immutable/story/ after
			// this build (src/build/copy-story-page.mjs): the crawler cannot find it yet.
			handleHttpError: ({ path, status, message }) => {
				if (path.includes(`/${STORY_PAGE.sitePath}/`)) return;
				// The chart lab (src/routes/lab/) answers 404 outside `npm run dev`: the site leaves it out.
				if (status === 404 && path === '/lab/') return;
				throw new Error(message);
			},
			handleMissingId: 'fail'
		},
		// A strict Content Security Policy in every page (a <meta> tag, as static hosts set no
		// headers): hashes for SvelteKit's own inline start-up script, nothing inline otherwise,
		// nothing from another host.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// 'unsafe-hashes' with one hash admits exactly SvelteKit's own screen-reader route
				// announcer (an inline style attribute it renders on start), and nothing else.
				'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
