// Host pages for the embed tests, on another origin (127.0.0.1) than the story (localhost).
// Each fixture is an HTML template: {{SITE}} is the story's address, {{LOADER_CODE}},
// {{CHART_CODE}}, {{PYM_CODE}} and {{IFRAME_CODE}} the embed codes exactly as /embed-help/ gives them to editors;
// {{AD}} a page on a third origin (localhost, not 127.0.0.1) standing in for an ad frame.
// {{NEWS_EMBED}} (news.html) is the code for the mode named by ?embed= (newsEmbed below);
// {{OLDER_LOADER_CODE}} the loader code as it was before it carried its own layout (olderLoaderCode).
// {{EMBED_NAME}} and {{ELEMENT}} are the story's embed name and custom element, from its settings.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { helpCodes } from './help-codes.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const PORT = Number(process.env.HOSTS_PORT ?? 4175);
const SITE = process.env.SITE_URL ?? 'http://localhost:4176';
const SETTINGS = JSON.parse(readFileSync(process.env.STORY_SETTINGS ?? 'tests/fixtures/stories/larkspur/story.json', 'utf8'));

let codes;
const embedCodes = async () => (codes ??= await helpCodes(SITE));

/**
 * The news article host with each way an editor can embed the story, as /embed-help/ gives it,
 * plus what that editor adds for their page's sticky header (56 px) and anchored phone ad (50 px)
 * where the mode cannot find them itself (pym.js, the custom element).
 */
function newsEmbed(mode, { loader, pym, iframe, element }) {
	const bottomAd = `(matchMedia('(max-width: 600px)').matches ? 50 : 0)`;
	switch (mode) {
		// An ancestor that clips: the loader falls back to the full-height frame fed with the host's scroll.
		case 'feed':
			return `<div style="overflow: hidden">${loader}</div>`;
		// As the help page says: the page's script writes the offsets into data-pym-src before pym.js loads.
		case 'pym':
			return pym.replace(
				/<script src=/,
				`<script>document.getElementById('${SETTINGS.embedName}').dataset.pymSrc += '&offset-top=56&offset-bottom=' + ${bottomAd};</script>\n<script src=`
			);
		case 'element':
			return `${element.replace(/<script[^>]*><\/script>/, '')}<script>document.currentScript.previousElementSibling.setAttribute('offset-top', 56); document.currentScript.previousElementSibling.setAttribute('offset-bottom', ${bottomAd});</script>${/<script[^>]*><\/script>/.exec(element)[0]}`;
		case 'stepper':
			return iframe;
		default:
			return loader;
	}
}

/**
 * The loader code as editors copied it before it carried its own layout: no <style> and no data-layout on the box,
 * and each step's text in one card. Pages that carry it must keep working.
 */
const olderLoaderCode = (loader) =>
	loader
		.replace(/\n\s*<style>[\s\S]*?<\/style>/, '')
		.replace(' data-layout="sticky"', '')
		.replace(/<\/p><\/div>\n\s*<div><p>/g, '</p><p>');

/**
 * The strict policy of the CSP host, as /embed-help/ tells an editor to write it: our site may be
 * framed and may run its loader, and the loader code's <style> is allowed by the hash the help
 * page gives; nothing else.
 */
const strictCsp = (styleSource) =>
	`default-src 'none'; script-src ${SITE}; frame-src ${SITE}; style-src 'self' ${styleSource}; img-src 'self'`;

createServer(async (req, res) => {
	const path = new URL(req.url, 'http://x').pathname;
	if (path === '/favicon.ico') {
		res.writeHead(204);
		return res.end();
	}
	if (path === '/pym.v1.min.js') {
		res.writeHead(200, { 'content-type': 'text/javascript' });
		return res.end(readFileSync(join(here, '../../../node_modules/pym.js/dist/pym.v1.min.js')));
	}
	const file = join(here, `${path.replace(/\.html$/, '').replace(/[^a-z0-9-]/g, '')}.html`);
	if (!path.endsWith('.html') || !existsSync(file)) {
		res.writeHead(404);
		return res.end('not found');
	}
	let loader, chart, pym, iframe, element, styleSource;
	try {
		({ loader, chart, pym, iframe, element, styleSource } = await embedCodes());
	} catch (error) {
		res.writeHead(503);
		return res.end(`the story site is not up yet: ${error}`);
	}
	const html = readFileSync(file, 'utf8')
		.replaceAll('{{SITE}}', SITE)
		.replace('{{LOADER_CODE}}', loader)
		.replace('{{OLDER_LOADER_CODE}}', () => olderLoaderCode(loader))
		.replace('{{CHART_CODE}}', chart)
		.replace('{{PYM_CODE}}', pym)
		.replace('{{IFRAME_CODE}}', iframe)
		.replace('{{NEWS_EMBED}}', () => newsEmbed(new URL(req.url, 'http://x').searchParams.get('embed'), { loader, pym, iframe, element }))
		.replace('{{AD}}', `http://localhost:${PORT}/ad.html`)
		.replaceAll('{{EMBED_NAME}}', SETTINGS.embedName)
		.replaceAll('{{ELEMENT}}', `${SETTINGS.slug}-story`);
	const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
	// ?nohash: an editor who left the style's hash out of the policy.
	const refusesStyle = new URL(req.url, 'http://x').searchParams.has('nohash');
	if (path === '/csp.html' || path === '/element.html') headers['content-security-policy'] = strictCsp(refusesStyle ? '' : styleSource);
	res.writeHead(200, headers);
	res.end(html);
}).listen(PORT, '127.0.0.1', () => console.log(`hosts on http://127.0.0.1:${PORT}`));
