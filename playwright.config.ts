import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/tools/find-browser.mjs';

const PORT = 4174;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	// One retry on CI absorbs a noisy machine; a flaky test still shows as "flaky" in the report.
	retries: process.env.CI ? 1 : 0,
	reporter: 'list',
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		launchOptions: chromiumLaunchOptions(),
		trace: 'off'
	},
	projects: [
		{ name: 'phone', use: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
		{ name: 'desktop', use: { viewport: { width: 1440, height: 900 } } }
	],
	webServer: {
		command: `npm run build && npx vite preview --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore'
	}
});
