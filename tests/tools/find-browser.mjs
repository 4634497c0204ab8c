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

/** Launch options for Playwright's chromium.launch(). */
export function chromiumLaunchOptions() {
	const executablePath = findChromium();
	return executablePath ? { executablePath, args: CHROMIUM_ARGS } : { args: CHROMIUM_ARGS.filter((a) => a !== '--headless') };
}
