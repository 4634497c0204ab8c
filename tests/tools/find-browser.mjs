// Where the tests find Chromium: an explicit path first, then Debian's package,
// then (returning undefined) Playwright's own download on a developer laptop.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there`);
		return fromEnv;
	}
	return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

/**
 * The features Playwright 1.65 disables in Chromium (its own `--disable-features`), so that the
 * flag below, which replaces Playwright's (Chromium reads only the last one), keeps them off.
 * tests/unit/tools/find-browser.test.ts fails if Playwright's list changes.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion'
];

/**
 * Chromium 156 (Debian's) preloads the address bar's popups as web pages of their own in every
 * new browser context, even headless, where nothing shows them: 1.8 CPU-s a context on this
 * machine, more than a whole test of ours. Tests open a context each, so they are turned off.
 */
export const UNUSED_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Chromium keeps a spare renderer process started for the next navigation, but a spare belongs to
 * one browser context and every test opens a new one, so each is started and thrown away: 0.15
 * CPU-s a page here (20 new pages: 15.4 CPU-s with spares, 12.8 without). Pages still get a
 * renderer of their own, as before; only the unused one is not started.
 */
export const WASTED_PER_CONTEXT = ['SpareRendererForSitePerProcess'];

/**
 * Debian's package ships Chromium's headless shell beside the browser: the same build and Blink,
 * without the browser's window interface, which headless Chromium still builds for every page.
 * Playwright runs its own headless tests in its headless shell, so the suite runs here as on a
 * laptop. A page here costs 0.6 CPU-s in the shell and 1.0 in the browser; the whole end-to-end
 * suite 640 CPU-s against 820. Readers meet the full browser: the benchmark and screenshots use it.
 */
export const DEBIAN_HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';

/** The Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's headless shell, else the browser. */
export function findTestChromium() {
	if (process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH) return findChromium();
	return existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : findChromium();
}

/** Launch options for Playwright's chromium.launch(): the browser readers use, or (`test`) the one the suite drives. */
export function chromiumLaunchOptions({ test = false } = {}) {
	const executablePath = test ? findTestChromium() : findChromium();
	const args = [
		...CHROMIUM_ARGS,
		`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNUSED_BROWSER_UI, ...WASTED_PER_CONTEXT].join(',')}`
	];
	return executablePath ? { executablePath, args } : { args: args.filter((a) => a !== '--headless') };
}
