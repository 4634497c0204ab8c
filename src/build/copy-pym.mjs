// After the site's build: a copy of pym.js (the version package.json pins) and its licence at the
// site's root, for the pym embed code, which loads it from our site by its absolute address: a
// relative "pym.v1.min.js" resolved under the host's page and was not found there.
//   node src/build/copy-pym.mjs [build]
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUILD_DIR } from './build-dir.js';

const dir = process.argv[2] ?? BUILD_DIR;
const require = createRequire(import.meta.url);
const root = dirname(require.resolve('pym.js/package.json'));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
copyFileSync(join(root, 'dist/pym.v1.min.js'), join(dir, 'pym.v1.min.js'));
copyFileSync(join(root, 'LICENSE'), join(dir, 'pym.LICENSE.txt'));
console.log(`copied pym.js ${version} and its licence into ${dir}/`);
