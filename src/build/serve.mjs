// Serves build/ as a static host or CDN would, with sirv (the server Vite's own preview uses):
// plain files, index.html for folders, precompressed brotli and gzip (src/build/precompress.mjs),
// ETags, byte ranges, GET and HEAD only, and the headers the build wrote for static hosts
// (build/_headers: CSP, frame-ancestors on the story pages, a year's caching for hashed assets,
// everything else revalidated).
//   node src/build/serve.mjs [--port 4173] [--host 127.0.0.1] [--dir build] [--isolated]
// Bound to localhost unless --host says otherwise. --isolated adds the headers for cross-origin
// isolation, which gives performance.now() and requestAnimationFrame timestamps 5 µs precision
// instead of 100 µs (the benchmark's frame times).
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { BUILD_DIR } from './build-dir.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const port = Number(option('port', process.env.PORT ?? 4173));
const host = option('host', '127.0.0.1');
const root = resolve(option('dir', BUILD_DIR));
if (!existsSync(join(root, 'index.html'))) {
	console.error(`${root} holds no built site: run \`npm run build\` first (\`npm start\` builds, then serves).`);
	process.exit(1);
}
const isolation = args.includes('--isolated')
	? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }
	: {};

/**
 * The headers the build wrote for static hosts (build/_headers, src/build/headers.mjs), sent
 * here too: a pattern ending in * matches by prefix, any other exactly; every match applies.
 */
function headerRules(file) {
	if (!existsSync(file)) return [];
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
		else if (rules.length) {
			const [name, ...value] = line.trim().split(':');
			rules.at(-1).headers[name.trim().toLowerCase()] = value.join(':').trim();
		}
	}
	return rules;
}
const rules = headerRules(join(root, '_headers'));
const headersFor = (path) => {
	const out = { 'cache-control': 'no-cache' };
	for (const { pattern, headers } of rules) {
		if (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern) Object.assign(out, headers);
	}
	return { ...out, ...isolation };
};

/**
 * Settles the request's Range against the file sirv is about to send (its size known only now),
 * leaving sirv a header it reads right. sirv 3 takes "bytes=50-10" as a stream that throws
 * outside any handler (the process dies), "bytes=-100" as the first 101 bytes, and "bytes=abc"
 * or "items=0-5" as some range. RFC 9110 lets a server ignore Range and send the whole file
 * (200): so for anything but one valid byte range (garbage, another unit, a range that runs
 * backwards, several ranges). A range the file cannot satisfy ("bytes=-0", a start past its
 * end) gets 416; one it can is handed on as "bytes=start-end", a suffix longer than the file
 * being the whole file.
 */
function settleRange(req, size) {
	const header = req.headers.range;
	if (header === undefined) return;
	const match = /^bytes=\s*(\d*)-(\d*)\s*$/.exec(header);
	const [first, last] = match ? [match[1], match[2]] : ['', ''];
	let start = Number(first);
	let end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
	if (first === '' && last !== '') [start, end] = [Math.max(0, size - Number(last)), size - 1];
	const valid = first !== '' || last !== '';
	const backwards = first !== '' && last !== '' && Number(last) < Number(first);
	if (!valid || backwards) delete req.headers.range;
	else if (start > end) req.headers.range = `bytes=${size}-`; // sirv's own 416, with "bytes */size"
	// sirv reads an end of 0 as "to the end of the file", so "bytes=0-0" too is answered whole.
	else if (end === 0) delete req.headers.range;
	else req.headers.range = `bytes=${start}-${end}`;
}

const files = sirv(root, {
	dev: false,
	etag: true,
	gzip: true,
	brotli: true,
	setHeaders(res, pathname, stats) {
		for (const [name, value] of Object.entries(headersFor(pathname))) res.setHeader(name, value);
		settleRange(res.req, stats.size);
	}
});

/** The path, decoded, if it is one a static site can have: no malformed escapes, no "." or ".." segments, no "//". */
function cleanPath(rawPath) {
	let path;
	try {
		path = decodeURIComponent(rawPath);
	} catch {
		return null;
	}
	if (!path.startsWith('/') || path.includes('//') || path.includes('\\') || path.includes('\0')) return null;
	return path.split('/').some((segment) => segment === '.' || segment === '..') ? null : path;
}

const reply = (res, status, text, headers = {}) => {
	res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headersFor('/'), ...headers });
	res.end(text);
};

const handle = (req, res) => {
	// A static host serves files: nothing here takes a body or changes anything.
	if (req.method !== 'GET' && req.method !== 'HEAD') return reply(res, 405, 'Method not allowed', { allow: 'GET, HEAD', connection: 'close' });
	// A browser never sends a fragment, but a client may: it is not part of the path.
	const raw = (req.url ?? '/').split(/[?#]/)[0];
	const path = cleanPath(raw);
	if (path === null) return reply(res, 400, 'Bad request');
	// The hosts' own configuration is not a page, however it is spelled (sirv serves "/_headers/" as the file).
	if (path.replace(/\/$/, '') === '/_headers') return reply(res, 404, 'Not found');
	// A folder without its trailing slash: redirect within this site, so relative links resolve.
	if (!path.endsWith('/') && existsSync(join(root, path, 'index.html'))) {
		const search = (req.url ?? '').slice(raw.length);
		return reply(res, 301, 'Moved', { location: `${raw}/${search}` });
	}
	try {
		files(req, res, () => reply(res, 404, 'Not found'));
	} catch (error) {
		// Whatever one request does, the server answers the next.
		console.error(`${req.method} ${req.url}: ${error.message}`);
		if (!res.headersSent) reply(res, 500, 'Server error');
		else res.destroy();
	}
};

const KEEP_ALIVE_MS = 65_000;

// "localhost" may be 127.0.0.1 or ::1 depending on the machine: by default answer on both loopbacks.
const hosts = host === '127.0.0.1' ? ['127.0.0.1', '::1'] : [host];
for (const address of hosts) {
	const server = createServer(handle);
	// An idle keep-alive connection is kept as static hosts keep it (nginx: 75 s), not Node's 5 s:
	// a client reusing a connection just as the server closes it gets a reset (ECONNRESET), which
	// browsers retry but other clients (a test's fetch, a proxy) may not.
	server.keepAliveTimeout = KEEP_ALIVE_MS;
	server.headersTimeout = KEEP_ALIVE_MS + 1000;
	server.on('error', (error) => {
		if (address === '::1' && error.code === 'EADDRNOTAVAIL') return; // no IPv6 loopback here
		if (error.code === 'EADDRINUSE') {
			console.error(`Port ${port} is already in use on ${address} (another \`npm start\`?): stop that server, or pass --port.`);
			process.exit(1);
		}
		throw error;
	});
	server.listen(port, address, () => address === hosts[0] && console.log(`Serving ${root} at http://localhost:${port}/`));
}
