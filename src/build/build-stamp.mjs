// A fingerprint of everything a build reads (sources, content, configs, lockfile, the settings
// that change its output), kept beside the build as <build>.stamp once the build has finished.
// The end-to-end tests build the site only when it is missing or stale, so a `npm start` just
// before `npm test` (as CI runs them) builds once. Plain JavaScript: it runs before anything is compiled.
//   node src/build/build-stamp.mjs clear   # before a build: an unfinished build is never fresh
//   node src/build/build-stamp.mjs write   # after a build that finished
//   node src/build/build-stamp.mjs fresh   # exits 0 if the build matches the sources, 1 otherwise
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR } from './build-dir.js';

const INPUT_FOLDERS = ['src', 'data', 'static', 'tests/fixtures/stories'];
// The end-to-end tests build the fixture story as editions.mjs writes it.
const FIXTURE_WRITER = 'tests/fixtures/editions.mjs';
const INPUT_FILES = [
	'package.json',
	'package-lock.json',
	'svelte.config.js',
	'tsconfig.json',
	'vite.config.ts',
	'vite.story.config.ts',
	'vite.element.config.ts',
	'vite.loader.config.ts',
	FIXTURE_WRITER
];
const INPUT_SETTINGS = ['STORY', 'PUBLIC_SITE_URL', 'FRAME_ANCESTORS', 'BUNDLE_REPORT'];
const STAMP = `${BUILD_DIR.replace(/\/+$/, '')}.stamp`;

function filesUnder(folder) {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		return entry.isDirectory() ? filesUnder(path) : [path];
	});
}

function fingerprint() {
	const hash = createHash('sha256');
	hash.update(JSON.stringify({ node: process.version, settings: INPUT_SETTINGS.map((name) => process.env[name] ?? null) }));
	const files = [...INPUT_FOLDERS.flatMap(filesUnder), ...INPUT_FILES.filter((file) => existsSync(file))].sort();
	for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(file));
	return hash.digest('hex');
}

const command = process.argv[2];
// The fingerprint is taken as the build starts (a source saved during the build makes it stale) and
// stamped when it has finished.
if (command === 'clear') {
	rmSync(STAMP, { force: true });
	writeFileSync(`${STAMP}.pending`, `${fingerprint()}\n`);
} else if (command === 'write') renameSync(`${STAMP}.pending`, STAMP);
else if (command === 'fresh') {
	const fresh = existsSync(STAMP) && statSync(BUILD_DIR, { throwIfNoEntry: false })?.isDirectory() && readFileSync(STAMP, 'utf8').trim() === fingerprint();
	console.log(fresh ? `${BUILD_DIR}/ is up to date with its sources: not building it again` : `${BUILD_DIR}/ is missing or stale: building it`);
	process.exit(fresh ? 0 : 1);
} else {
	console.error('usage: node src/build/build-stamp.mjs clear|write|fresh');
	process.exit(2);
}
