// Writes build/_headers (the format of Netlify and Cloudflare Pages; src/build/serve.mjs sends
// the same): each page's Content-Security-Policy as a header, with what a <meta> cannot carry
// (frame-ancestors on the story pages: the desk's choice, by default 'self'), long caching for
// hashed assets, and headers against MIME sniffing and referrer leaks. The embed pages carry no
// frame-ancestors at all: they exist to be framed by anyone, and `frame-ancestors *` would still
// refuse a host with an opaque origin (a sandboxed page, a data: frame), since * matches only
// network schemes.
//   node src/build/headers.mjs [build]      FRAME_ANCESTORS="'self' https://partner.example"
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesIn } from './build-files.mjs';
import { BUILD_DIR } from './build-dir.js';

const dir = process.argv[2] ?? BUILD_DIR;
const storyAncestors = process.env.FRAME_ANCESTORS ?? "'self'";

const rules = [
	['/*', { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' }],
	['/_app/immutable/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }]
];
// Downloads say their encoding: a CSV without a charset is read by some programs as Latin-1.
for (const file of filesIn(dir, ['.csv'])) rules.push([`/${relative(dir, file).split(sep).join('/')}`, { 'Content-Type': 'text/csv; charset=utf-8' }]);
for (const file of filesIn(dir, ['.html'])) {
	const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'))?.[1];
	if (!csp) continue;
	const path = `/${relative(dir, file).split(sep).join('/')}`;
	const policy = csp.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
	const headers = {
		'Content-Security-Policy': path.startsWith('/embed/') ? policy : `${policy}; frame-ancestors ${storyAncestors}`,
		'Cache-Control': 'no-cache'
	};
	rules.push([path, headers]);
	if (path.endsWith('/index.html')) rules.push([path.slice(0, -'index.html'.length), headers]);
}
writeFileSync(
	join(dir, '_headers'),
	rules.map(([path, headers]) => [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n\n') + '\n'
);
console.log(`wrote ${dir}/_headers (${rules.length} rules)`);
