// After the site's build: puts the story page's script, built on its own before the site
// (vite.story.config.ts), where the pages link it, build/_app/immutable/story/.
//   node src/build/copy-story-page.mjs [build]
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR } from './build-dir.js';
import { STORY_PAGE } from './page-scripts.js';

const FROM = STORY_PAGE.outDir;
const TO = STORY_PAGE.sitePath;

const dir = process.argv[2] ?? BUILD_DIR;
if (!existsSync(FROM)) {
	console.error(`${FROM} is missing: build the story page's script first (vite build -c vite.story.config.ts)`);
	process.exit(1);
}
cpSync(FROM, join(dir, TO), { recursive: true, filter: (path) => !path.includes('.vite') });
console.log(`copied the story page's script into ${join(dir, TO)}/`);
