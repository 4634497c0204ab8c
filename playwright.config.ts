import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/tools/find-browser.mjs';

import { FIXTURE_STORY_PORT, FIXTURE_STORY_URL, HOSTS_PORT, STORY_PORT, STORY_URL } from './tests/e2e/ports';
import { FIXTURE_BUILD_DIR, FIXTURE_BUILD_STORY, FIXTURE_FOLDER } from './tests/fixtures/editions.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1440, height: 900 } };
/** Each published story's own end-to-end fact checks, kept with its content. */
const STORY_CHECKS = { testDir: 'data', testMatch: /\/checks\/.*\.spec\.ts$/ };

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Three on two cores: tests wait on pages part of the time. Whole run here: 9.1 min with two, 7.9 with three.
	workers: 3,
	// One retry on CI absorbs a noisy machine; a flaky test still shows as "flaky" in the report.
	retries: process.env.CI ? 1 : 0,
	// A screenshot without its baseline: written on a developer's machine (their platform's own
	// pictures), a failure on CI, where every baseline must be checked in.
	updateSnapshots: process.env.CI ? 'none' : 'missing',
	reporter: 'list',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		// The engine's tests read the fixture story's build; a story's own checks, its build (below).
		baseURL: FIXTURE_STORY_URL,
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions({ test: true }),
		trace: 'off',
		// Each worker keeps one browser context and Playwright resets it between tests (about:blank,
		// routes, init scripts, emulation, viewport, storage). A new page costs about 1.0 CPU-s in the
		// browser here, reusing one 0.4, and the suite is CPU-bound on two cores: 944 CPU-s became 819.
		// Not reset, so no test may rely on it: granted permissions, geolocation, offline, extra
		// headers, history. Tests that need other context options (isMobile, JavaScript off) get a
		// fresh context when those change.
		reuseContext: true
	},
	projects: [
		// (window-errors sets its own sizes, a phone's and a laptop's: the desktop project runs it.)
		{
			name: 'phone',
			testIgnore: /embed|reading|server|validity|second-story|editor-loop|chart-lab|window-errors|engines|wordpress/,
			use: PHONE
		},
		{ name: 'desktop', testIgnore: /embed|reading|second-story|editor-loop|chart-lab|engines|wordpress/, use: DESKTOP },
		// Firefox and WebKit (Debian's packages; tests/e2e/engines/): each test sets its own size.
		{ name: 'engines', testMatch: /engines\.spec/ },
		// Reading and layout at every screen size: each test sets its own viewport (320 to 1920 px wide).
		{ name: 'reading', testMatch: /reading/ },
		// Embeds are tested at the widths each test sets (320 to 1280 px), in host pages on another origin.
		{ name: 'embed', testMatch: /embed/, use: { viewport: { width: 1280, height: 900 }, baseURL: `http://127.0.0.1:${HOSTS_PORT}` } },
		// The editor's loop in `vite dev` (its own dev server, on a copy of the story).
		{ name: 'editor', testMatch: /editor-loop/, use: DESKTOP },
		// Screenshots of the chart lab in `vite dev` (its own dev server), at the widths each test sets.
		{ name: 'lab', testMatch: /chart-lab/ },
		// Nothing of a published story in the fixture's build: each test sets its own viewport.
		{ name: 'second-story', testMatch: /second-story/ },
		// The codes pasted into a real WordPress (Debian's packages; tests/tools/wordpress.mjs): the
		// setup installs and starts it and publishes a post per code per role, then the posts are read.
		{ name: 'wordpress-setup', testMatch: /wordpress\.setup\.ts/ },
		{ name: 'wordpress', testMatch: /wordpress\.spec/, dependencies: ['wordpress-setup'] },
		// The configured story's own checks (data/<story>/checks/*.spec.ts), on its build.
		{ name: 'story-phone', ...STORY_CHECKS, use: { ...PHONE, baseURL: STORY_URL } },
		{ name: 'story-desktop', ...STORY_CHECKS, use: { ...DESKTOP, baseURL: STORY_URL } }
	],
	webServer: [
		{
			// The fixture story, written in its three editions, then built unless its build is up to date.
			command: `node tests/fixtures/editions.mjs && (node src/build/build-stamp.mjs fresh || npm run build) && node src/build/serve.mjs --port ${FIXTURE_STORY_PORT}`,
			env: { STORY: `./${FIXTURE_BUILD_STORY}`, BUILD_DIR: FIXTURE_BUILD_DIR },
			url: `${FIXTURE_STORY_URL}/`,
			reuseExistingServer: false,
			timeout: 180_000,
			stdout: 'ignore'
		},
		{
			// After the first server is up (Playwright starts them in turn), so the two builds never overlap.
			command: `(node src/build/build-stamp.mjs fresh || npm run build) && node src/build/serve.mjs --port ${STORY_PORT}`,
			url: `${STORY_URL}/`,
			reuseExistingServer: false,
			timeout: 180_000,
			stdout: 'ignore'
		},
		{
			command: `node tests/e2e/hosts/server.mjs`,
			url: `http://127.0.0.1:${HOSTS_PORT}/pym.v1.min.js`,
			env: { HOSTS_PORT: String(HOSTS_PORT), SITE_URL: FIXTURE_STORY_URL, STORY_SETTINGS: `${FIXTURE_FOLDER}/story.json` },
			reuseExistingServer: false,
			timeout: 180_000
		}
	]
});
