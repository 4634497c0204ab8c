// Writes a gzip and a brotli copy beside every text file of build/ (name.js.gz, name.js.br), for
// the server (tests/tools/serve.mjs, sirv) and for static hosts that serve precompressed files.
//   node tests/tools/precompress.mjs [build]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.txt', '.xml']);
const dir = process.argv[2] ?? 'build';

function* files(folder) {
	for (const name of readdirSync(folder)) {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) yield* files(path);
		else if (TEXT.has(extname(name))) yield path;
	}
}

let count = 0;
for (const file of files(dir)) {
	const body = readFileSync(file);
	if (body.length < 512) continue;
	writeFileSync(`${file}.gz`, gzipSync(body, { level: 9 }));
	writeFileSync(`${file}.br`, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
	count += 1;
}
console.log(`precompressed ${count} files in ${dir}/`);
