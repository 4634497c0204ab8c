import { Agent, request as httpRequest } from 'node:http';
import { test, expect } from './fixtures';
import { FIXTURE_STORY_PORT } from './ports';
import { FIXTURE_BUILD_DIR } from '../fixtures/editions.mjs';

/** The project's server (src/build/serve.mjs, which `npm start` runs), asked with raw paths as any client may send them. */
function get(
	path: string,
	headers: Record<string, string> = {},
	{ method = 'GET', body }: { method?: string; body?: Buffer } = {}
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; length: number; bytes: Buffer }> {
	return new Promise((resolve, reject) => {
		const req = httpRequest({ host: '127.0.0.1', port: FIXTURE_STORY_PORT, path, headers, method }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => {
				const bytes = Buffer.concat(chunks);
				resolve({ status: res.statusCode ?? 0, headers: res.headers, length: bytes.length, bytes });
			});
		});
		// A server that answers before reading a large body may close the connection under it.
		req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
		req.end(body);
	});
}

test('malformed escapes, dot segments and double slashes are refused, and the server lives on', async () => {
	for (const path of [
		'/%E0%A4%A',
		'/.//zh',
		'//evil.example/',
		'/zh/../../etc/passwd',
		'/%2e%2e/%2e%2e/etc/passwd',
		'/a%00b',
		'/zh/%2F%2Fevil.example'
	]) {
		const { status, headers } = await get(path);
		expect([400, 404], path).toContain(status);
		expect(headers.location, path).toBeUndefined();
	}
	expect((await get('/')).status).toBe(200);
});

test('byte ranges: one valid range gets its bytes, anything else the whole file or 416, and the server lives on', async () => {
	const { readFileSync } = await import('node:fs');
	const file = readFileSync(`${FIXTURE_BUILD_DIR}/embed.js`);
	const size = file.length;
	expect(size).toBeGreaterThan(200);
	const cases: [string, number, Buffer | null, string | undefined][] = [
		['bytes=5-9', 206, file.subarray(5, 10), `bytes 5-9/${size}`],
		['bytes=100-', 206, file.subarray(100), `bytes 100-${size - 1}/${size}`],
		// A suffix is the last bytes, and one longer than the file is the whole file.
		['bytes=-100', 206, file.subarray(size - 100), `bytes ${size - 100}-${size - 1}/${size}`],
		[`bytes=-${size * 10}`, 206, file, `bytes 0-${size - 1}/${size}`],
		// Ranges the file cannot satisfy.
		['bytes=-0', 416, null, `bytes */${size}`],
		[`bytes=${size}-`, 416, null, `bytes */${size}`],
		['bytes=99999999999999999999-', 416, null, `bytes */${size}`],
		// Not one valid byte range: ignored, the whole file (RFC 9110 lets a server ignore Range).
		['bytes=50-10', 200, file, undefined],
		['bytes=abc', 200, file, undefined],
		['bytes=-', 200, file, undefined],
		['items=0-5', 200, file, undefined],
		['bytes=0-5,10-20', 200, file, undefined],
		[`bytes=${'0-1,'.repeat(500)}0-1`, 200, file, undefined]
	];
	for (const [range, status, bytes, contentRange] of cases) {
		const answer = await get('/embed.js', { range });
		expect(answer.status, range).toBe(status);
		expect(answer.headers['content-range'], range).toBe(contentRange);
		if (bytes) expect(answer.bytes.equals(bytes), range).toBe(true);
		// The process answers the next request.
		expect((await get('/')).status, `after ${range}`).toBe(200);
	}
});

test('only GET and HEAD: any other method gets 405 with Allow, whatever its body', async () => {
	for (const method of ['OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'PROPFIND']) {
		const body = method === 'POST' ? Buffer.alloc(1024 * 1024, 'x') : undefined;
		const answer = await get('/', {}, { method, body });
		expect(answer.status, method).toBe(405);
		expect(answer.headers.allow, method).toBe('GET, HEAD');
	}
	const head = await get('/', {}, { method: 'HEAD' });
	expect(head.status).toBe(200);
	expect(head.length).toBe(0);
	expect((await get('/')).status).toBe(200);
});

test('a folder without its slash redirects within the site only', async () => {
	const { status, headers } = await get('/zh?x=1');
	expect(status).toBe(301);
	expect(headers.location).toBe('/zh/?x=1');
});

test('text is served compressed when asked, hashed assets cached for a year, pages revalidated', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
	await page.goto('/');
	const asset = scripts.find((p) => p.startsWith('/_app/immutable/'))!;
	expect(asset).toBeTruthy();
	const plain = await get(asset);
	const brotli = await get(asset, { 'accept-encoding': 'br, gzip' });
	const gzip = await get(asset, { 'accept-encoding': 'gzip' });
	expect(brotli.headers['content-encoding']).toBe('br');
	expect(gzip.headers['content-encoding']).toBe('gzip');
	expect(brotli.length).toBeLessThan(plain.length);
	expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
	const home = await get('/', { 'accept-encoding': 'gzip' });
	expect(home.headers['content-encoding']).toBe('gzip');
	expect(home.headers['cache-control']).toBe('no-cache');
	expect(home.headers.etag).toBeTruthy();
	expect(home.headers['x-content-type-options']).toBe('nosniff');
});

test('the server sends the headers the build wrote for static hosts (_headers)', async () => {
	const { readFileSync } = await import('node:fs');
	const file = readFileSync(`${FIXTURE_BUILD_DIR}/_headers`, 'utf8');
	const rules = file
		.trim()
		.split(/\n\n/)
		.map((block) => {
			const [pattern, ...lines] = block.split('\n');
			return {
				pattern: pattern!.trim(),
				headers: Object.fromEntries(lines.map((l) => [l.trim().split(':')[0]!.toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]))
			};
		});
	const expected = (path: string) =>
		Object.assign(
			{},
			...rules.filter((r) => (r.pattern.endsWith('*') ? path.startsWith(r.pattern.slice(0, -1)) : r.pattern === path)).map((r) => r.headers)
		);
	for (const path of ['/', '/zh/', '/embed/', '/embed/org-2024/', '/embed-help/']) {
		const { status, headers } = await get(path);
		expect(status, path).toBe(200);
		for (const [name, value] of Object.entries(expected(path))) expect(headers[name], `${path} ${name}`).toBe(value);
		// The embeds may be framed by anyone, opaque origins included: no frame-ancestors at all.
		if (path.startsWith('/embed/')) expect(String(headers['content-security-policy']), path).not.toContain('frame-ancestors');
		else expect(String(headers['content-security-policy']), path).toMatch(/frame-ancestors 'self'$/);
	}
	// The file itself is configuration, not a page, however it is spelled.
	for (const path of ['/_headers', '/_headers/', '/_headers#x', '/_headers?x=1', '/%5Fheaders', '/%5fheaders/#x']) {
		expect((await get(path)).status, path).toBe(404);
	}
});

test('a keep-alive connection left idle for longer than Node’s default 5 s is still answered, not reset', async () => {
	test.setTimeout(30_000);
	// One socket, reused: the second request goes over the connection the first one left open.
	const agent = new Agent({ keepAlive: true, maxSockets: 1 });
	const ask = () =>
		new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
			const req = httpRequest({ host: '127.0.0.1', port: FIXTURE_STORY_PORT, path: '/', agent }, (res) => {
				res.resume();
				res.on('end', () => resolve({ status: res.statusCode ?? 0, reused: req.reusedSocket }));
			});
			req.on('error', reject);
			req.end();
		});
	expect(await ask()).toEqual({ status: 200, reused: false });
	await new Promise((r) => setTimeout(r, 6000));
	expect(await ask()).toEqual({ status: 200, reused: true });
	agent.destroy();
});
