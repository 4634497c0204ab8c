// Writes a gzip and a brotli copy beside every text file of build/ (name.js.gz, name.js.br), for
// the server (src/build/serve.mjs, sirv) and for static hosts that serve precompressed files.
//   node src/build/precompress.mjs [build]
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { filesIn } from './build-files.mjs';
import { BUILD_DIR } from './build-dir.js';

const TEXT = ['.html', '.js', '.css', '.json', '.svg', '.csv', '.txt', '.xml'];
const dir = process.argv[2] ?? BUILD_DIR;

let count = 0;
for (const file of filesIn(dir, TEXT)) {
	const body = readFileSync(file);
	if (body.length < 512) continue;
	writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
	writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
	count += 1;
}
console.log(`precompressed ${count} files in ${dir}/`);
