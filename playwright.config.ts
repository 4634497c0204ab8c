import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/tools/find-browser.mjs';

import { FIXTURE_STORY_PORT as SECOND_STORY_PORT, HOSTS_PORT, PORT } from './tests/e2e/ports';

/** The engine's specs, and each story's own end-to-end fact checks, kept with its content. */
const STORY_AND_ENGINE_SPECS = [/tests\/e2e\/.*\.spec\.ts$/, /data\/[^/]+\/checks\/.*\.spec\.ts$/];

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
		baseURL: `http://localhost:${PORT}`,
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
		// Phone and desktop also run each published story's own fact checks (data/<story>/checks/*.spec.ts).
		{
			name: 'phone',
			testDir: '.',
			testMatch: STORY_AND_ENGINE_SPECS,
			testIgnore: /embed|reading|server|validity|second-story|editor-loop|chart-lab/,
			use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
		},
		{
			name: 'desktop',
			testDir: '.',
			testMatch: STORY_AND_ENGINE_SPECS,
			testIgnore: /embed|reading|second-story|editor-loop|chart-lab/,
			use: { viewport: { width: 1440, height: 900 } }
		},
		// Reading and layout at every screen size: each test sets its own viewport (320 to 1920 px wide).
		{ name: 'reading', testMatch: /reading/ },
		// Embeds are tested at the widths each test sets (320 to 1280 px), in host pages on another origin.
		{ name: 'embed', testMatch: /embed/, use: { viewport: { width: 1280, height: 900 }, baseURL: `http://127.0.0.1:${HOSTS_PORT}` } },
		// The editor's loop in `vite dev` (its own dev server, on a copy of the story).
		{ name: 'editor', testMatch: /editor-loop/, use: { viewport: { width: 1440, height: 900 } } },
		// Screenshots of the chart lab in `vite dev` (its own dev server), at the widths each test sets.
		{ name: 'lab', testMatch: /chart-lab/ },
		// The engine with another story's content: each test sets its own viewport.
		{ name: 'second-story', testMatch: /second-story/, use: { baseURL: `http://localhost:${SECOND_STORY_PORT}` } }
	],
	webServer: [
		{
			command: `(node src/build/build-stamp.mjs fresh || npm run build) && node src/build/serve.mjs --port ${PORT}`,
			url: `http://localhost:${PORT}/`,
			reuseExistingServer: false,
			timeout: 180_000,
			stdout: 'ignore'
		},
		{
			// After the first server is up (Playwright starts them in turn), so the two builds never overlap.
			command: `(node src/build/build-stamp.mjs fresh || npm run build) && node src/build/serve.mjs --port ${SECOND_STORY_PORT}`,
			env: { STORY: 'tests/fixtures/stories/larkspur', BUILD_DIR: 'build-larkspur' },
			url: `http://localhost:${SECOND_STORY_PORT}/`,
			reuseExistingServer: false,
			timeout: 180_000,
			stdout: 'ignore'
		},
		{
			command: `node tests/e2e/hosts/server.mjs`,
			url: `http://127.0.0.1:${HOSTS_PORT}/pym.v1.min.js`,
			env: { HOSTS_PORT: String(HOSTS_PORT), SITE_URL: `http://localhost:${PORT}` },
			reuseExistingServer: false,
			timeout: 180_000
		}
	]
});
