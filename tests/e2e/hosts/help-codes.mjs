// The embed codes exactly as the story's /embed-help/ gives them to editors (its prerendered
// <textarea>s), with the placeholder address replaced by the story's: what the test hosts and
// the WordPress suite paste into their pages.
/** @param {string} html */
const unescape = (html) =>
	html
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

/**
 * Each code by its id (loader, pym, element, iframe, amp, chart, text), and styleSource: the hash a strict host adds to style-src.
 * @param {string} site
 * @returns {Promise<Record<string, string>>}
 */
export async function helpCodes(site) {
	const html = await (await fetch(`${site}/embed-help/`)).text();
	/** @type {Record<string, string>} */
	const codes = {};
	for (const match of html.matchAll(/<textarea[^>]*data-embed-code="([a-z]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) {
		codes[match[1] ?? ''] = unescape(match[2] ?? '').replaceAll('https://SITE_URL', site);
	}
	codes.styleSource = /add ('sha256-[A-Za-z0-9+/=]+') to style-src/.exec(html)?.[1] ?? '';
	return codes;
}
