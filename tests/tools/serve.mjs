// Serves build/ exactly as a static host or CDN would: plain files, index.html for folders,
// no rewriting. (`vite preview` serves SvelteKit's intermediate output, not build/.)
//   node tests/tools/serve.mjs [--port 4173] [--dir build] [--isolated]
// --isolated adds the headers for cross-origin isolation, which gives performance.now() and
// requestAnimationFrame timestamps 5 µs precision instead of 100 µs (the benchmark's frame times).
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const port = Number(option('port', process.env.PORT ?? 4173));
const root = resolve(option('dir', 'build'));
const isolation = args.includes('--isolated') ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {};

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

function fileFor(urlPath) {
	const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, path);
	if (!file.startsWith(root)) return null;
	try {
		if (statSync(file).isDirectory()) file = join(file, 'index.html');
		return statSync(file).isFile() ? file : null;
	} catch {
		return null;
	}
}

createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://x');
	const file = fileFor(url.pathname);
	if (!file) {
		res.writeHead(404, { 'content-type': 'text/plain' });
		return res.end('Not found');
	}
	// A folder without its trailing slash: redirect, as static hosts do, so relative links resolve.
	if (!url.pathname.endsWith('/') && file.endsWith('index.html') && !url.pathname.endsWith('index.html')) {
		res.writeHead(301, { location: `${url.pathname}/${url.search}` });
		return res.end();
	}
	res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...isolation });
	createReadStream(file).pipe(res);
}).listen(port, () => console.log(`Serving ${root} at http://localhost:${port}/`));
