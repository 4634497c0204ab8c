import type { Step } from '$lib/data/schema';
import { NAMESPACE } from './protocol';
import { stickyLayoutCss } from './sticky-layout';
import { ELEMENT_TAG } from './element-tag';

export { ELEMENT_TAG };

/** Stands for the site's address in the codes prerendered for readers without JavaScript (and test hosts). */
export const SITE_URL = 'https://SITE_URL';

/** Text for HTML: element content and double-quoted attribute values. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The site's address as the help page may write it into codes: an http(s) origin plus a base
 * path of plain segments, taken from where the help page itself is (`<site>/embed-help/`).
 * Anything else in the address (quotes, escapes, markup) is not ours: the origin alone is used.
 */
export function siteAddress(href: string): string {
	const url = new URL(href);
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return SITE_URL;
	const base = /^((?:\/[A-Za-z0-9._~-]+)*)\/embed-help\/?$/.exec(url.pathname)?.[1] ?? '';
	return url.origin + (base.split('/').some((segment) => segment === '.' || segment === '..') ? '' : base);
}

/** The sticky layout in the loader's code (sticky-layout.ts). */
export const LOADER_STYLE = stickyLayoutCss(NAMESPACE);

/**
 * The loader's <style> element's text, exactly what a host's CSP hash is taken of. The sheet sits
 * between "<!--" and "-->", which CSS skips at the top of a sheet (they exist to hide a sheet's
 * text): where a CMS removes the <style> tags but keeps their text (WordPress for a user without
 * unfiltered_html), what is left is an HTML comment, not CSS printed in the article. On one
 * line: WordPress's filter (wp_kses_split) knows a comment only if it ends on the line it starts.
 */
export const LOADER_STYLE_TEXT = `<!--${LOADER_STYLE.replace(/\n/g, '')}-->`;

/** The stepper's height with its credit, at every width (EmbedStory.svelte's CSS; an e2e test measures it). */
export const STEPPER_HEIGHT = 720;

export interface EmbedCode {
	id: string;
	title: string;
	/** What the host page needs for this mode to work. */
	needs: string;
	code: string;
}

/**
 * Copy-paste embed codes for each way a host can run the story, for the site at `site` (from
 * siteAddress, or the placeholder). Strings are written for where they go: JSON for JavaScript,
 * entities for HTML. pym.js accepts messages only from the story's own origin (`xdomain`).
 */
export function embedCodes(
	site: string,
	title: string,
	steps: readonly Step[],
	charts: readonly { slug: string; title: string }[],
	/** The loader code's <style>, as a CSP source a strict host adds to style-src (`'sha256-…'`; cspHash, server-side). */
	styleSource = ''
): EmbedCode[] {
	const url = (path: string) => escape(`${site}${path}`);
	// The scheme and host of `site` as written (new URL() would lower-case the placeholder).
	const origin = /^https?:\/\/[^/]+/.exec(site)?.[0] ?? site;
	// A card per paragraph, as our own page has on phones: each short enough to read whole with the chart in view above it.
	const stepMarkup = steps
		.map((s) => `  <li data-step="${s.id}">\n${s.body.map((p) => `    <div><p>${escape(p)}</p></div>`).join('\n')}\n  </li>`)
		.join('\n');
	const firstChart = charts[0]!;
	// The story's own words and a link to it, as what a CMS leaves of a code it strips (no frame,
	// no script, no style): inside the scroll codes, where the running story takes their place.
	const storyLink = `<a href="${url('/')}">${escape(title)}</a>`;
	const stepList = (attributes = '') => `<ol${attributes}>\n${stepMarkup}\n</ol>\n<p data-${NAMESPACE}-link>${storyLink}</p>`;
	const indented = (markup: string) => markup.replace(/^/gm, '  ');
	// A frame has no fallback content of its own: inside <noscript>, shown to nobody whose browser
	// runs scripts, is what a CMS that removes frames and their tags leaves behind (the story's
	// steps for the story's frame; a link for a chart's).
	const noscript = (markup: string) => `\n<noscript>\n${indented(markup)}\n</noscript>`;
	return [
		{
			id: 'loader',
			title: 'Scroll-driven, with our loader (recommended)',
			needs: `Lets the host page run one script from our site. The graphic sticks while the story text, which sits in your page and is indexed with your article, scrolls over it. If an ancestor of the embed clips or transforms (overflow, transform), the loader switches to a full-height frame fed with your page’s scroll position. The loader keeps the graphic clear of your page’s own fixed and sticky bars along the top and bottom of the screen (a site header, an anchored ad), following a header that hides on scroll. If it cannot see them (they are in another frame, or drawn late), state them on the box in CSS pixels: data-offset-top="56" data-offset-bottom="50". Stated offsets win over what the loader finds; a negative value, a value over 40% of the screen or anything not a number is ignored. The code’s <style> lays your page out before the loader runs, so nothing in it moves when the loader starts; under a strict Content Security Policy, add ${styleSource || 'its hash'} to style-src (otherwise the loader applies the same styles itself, and your page reports one refused style).`,
			code: `<div data-${NAMESPACE} data-layout="sticky">\n  <style>${LOADER_STYLE_TEXT}</style>\n  <iframe src="${url('/embed/')}" title="${escape(title)}" width="100%" height="${STEPPER_HEIGHT}"></iframe>\n${indented(stepList(` data-${NAMESPACE}-steps`))}\n</div>\n<script src="${url('/embed.js')}" async></script>`
		},
		{
			id: 'pym',
			title: 'Scroll-driven, with pym.js (for hosts that already use it)',
			needs:
				'pym.js 1.3.2, served from our site with its licence (pym.v1.min.js, pym.LICENSE.txt), set up by its data-pym attributes: no inline script. trackscroll is on: without it the frame shows the stepper and pym keeps its height right. The code sets pym’s xdomain to our origin: without it pym.js obeys messages from any frame on your page (an ad could resize the story or navigate your page). pym tells the story only where your page’s viewport is: if your page has a sticky header or an anchored ad, add their heights in CSS pixels to the frame’s address in data-pym-src, e.g. /embed/?mode=feed&offset-top=56&offset-bottom=50, and the graphic stays clear of them (values that differ by screen size can be written into data-pym-src by your page’s script before pym.js loads). pym replaces the story’s text in the box with the frame.',
			code: `<div id="${NAMESPACE}" data-pym-src="${url('/embed/?mode=feed')}" data-pym-trackscroll="true" data-pym-title="${escape(title)}" data-pym-xdomain="${escape(`^${escapeRegExp(origin)}$`)}">\n${indented(stepList())}\n</div>\n<script src="${url('/pym.v1.min.js')}"></script>`
		},
		{
			id: 'element',
			title: 'Custom element (the story in your page itself, no frame)',
			needs:
				'Lets the host page run our script, which draws the story inside your page in a shadow root (your styles cannot reach it, nor its styles yours). Your Content Security Policy needs our site in script-src only. If your page has a sticky header or an anchored ad, state their heights in CSS pixels as offset-top and offset-bottom, and the graphic stays clear of them; a negative value, a value over 40% of the screen or anything not a number is ignored.',
			code: `<${ELEMENT_TAG} offset-top="0" offset-bottom="0">\n${indented(stepList())}\n</${ELEMENT_TAG}>\n<script src="${url('/element/story-element.js')}" defer></script>`
		},
		{
			id: 'iframe',
			title: 'Plain iframe (no script on the host)',
			needs: `Nothing. The frame shows a stepper with previous and next buttons (and arrow keys), ${STEPPER_HEIGHT} px tall at every width: keep the height the code gives. The steps in its <noscript> are shown by no browser that runs scripts: they are what a CMS that removes frames leaves in your article.`,
			code: `<iframe src="${url('/embed/')}" title="${escape(title)}" width="100%" height="${STEPPER_HEIGHT}" scrolling="no" frameborder="0"></iframe>${noscript(stepList())}`
		},
		{
			id: 'amp',
			title: 'AMP pages',
			needs: 'amp-iframe, resizable: the frame asks AMP for its height with the embed-size message.',
			code: `<amp-iframe src="${url('/embed/')}" title="${escape(title)}" width="390" height="${STEPPER_HEIGHT}" layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups" resizable frameborder="0">\n  <div overflow tabindex="0" role="button" aria-label="Show all">Show all</div>\n</amp-iframe>`
		},
		{
			id: 'chart',
			title: `A single chart (here: ${firstChart.title})`,
			needs: `Nothing; add our loader script to size it to its content. Other charts: ${charts.map((c) => c.slug).join(', ')}.`,
			code: `<div data-${NAMESPACE}>\n  <iframe src="${url(`/embed/${firstChart.slug}/`)}" title="${escape(firstChart.title)}" width="100%" height="760"></iframe>\n</div>${noscript(`<p>${storyLink}</p>`)}\n<script src="${url('/embed.js')}" async></script>`
		},
		{
			id: 'text',
			title: 'Text only (where your role cannot embed)',
			needs:
				'Nothing but HTML any CMS role may post: the story’s steps as a list, and a link to the story. It is what the scroll codes leave when a CMS removes their frame, script and style.',
			code: stepList()
		}
	];
}
