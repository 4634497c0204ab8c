// Makes sure a Chromium is there for the end-to-end tests, installing one if it can:
// Debian's package when running as root with apt-get, else Playwright's own download.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './find-browser.mjs';

function run(command) {
	console.log(`$ ${command}`);
	execSync(command, { stdio: 'inherit' });
}

if (findChromium()) process.exit(0);

let playwrightsOwn = '';
try {
	playwrightsOwn = chromium.executablePath();
} catch {
	// Playwright has no browser for this platform.
}
if (playwrightsOwn && existsSync(playwrightsOwn)) process.exit(0);

try {
	if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		run('apt-get update -qq && apt-get install -y -qq chromium');
	} else {
		run('npx playwright install chromium');
	}
} catch {
	console.error('Could not install Chromium. Install it yourself, or set CHROMIUM_PATH to a Chromium or Chrome binary.');
	process.exit(1);
}
