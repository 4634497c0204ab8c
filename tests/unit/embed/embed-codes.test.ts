import { describe, expect, it } from 'vitest';
import settings from 'virtual:story-settings';
import { embedCodes, LOADER_STYLE, LOADER_STYLE_TEXT, siteAddress, SITE_URL } from '$lib/embed/embed-codes';

// The codes carry the configured story's names (story.json): its embed name and slug.
const box = `data-${settings.embedName}`;
const tag = `${settings.slug}-story`;

const steps = [{ id: 'one', chart: 'org:2024', highlight: [], cite: [3], kicker: 'K', body: ['A <b>paragraph</b>'] }] as any;
const charts = [{ slug: 'org-2024', title: 'November 2024' }];
const codeOf = (codes: ReturnType<typeof embedCodes>, id: string) => codes.find((c) => c.id === id)!.code;
/** An attribute's value in a code, its entities read back. */
const attribute = (code: string, name: string) =>
	(new RegExp(` ${name}="([^"]*)"`).exec(code)?.[1] ?? '')
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

describe('siteAddress', () => {
	it('is the origin and base path the help page sits under', () => {
		expect(siteAddress('https://graphics.example.org/story/embed-help/')).toBe('https://graphics.example.org/story');
		expect(siteAddress('http://localhost:4173/embed-help/')).toBe('http://localhost:4173');
	});

	it('keeps nothing of a hostile address but its origin', () => {
		expect(siteAddress("http://localhost:4173/x');alert(document.domain);('%2F../embed-help/")).toBe('http://localhost:4173');
		expect(siteAddress('http://localhost:4173/%3C/script%3E%3Cscript%3Ealert(1)%3C/script%3E/embed-help/')).toBe('http://localhost:4173');
		expect(siteAddress('http://localhost:4173/a/../embed-help/')).toBe('http://localhost:4173');
		expect(siteAddress('javascript:alert(1)//embed-help/')).toBe(SITE_URL);
	});
});

describe('embedCodes', () => {
	const title = `Larkspur's "story" & </script><script>alert(1)</script>`;
	const codes = embedCodes('https://graphics.example.org/story', title, steps, charts);

	it('runs no inline script: pym is set up by its data attributes, the title as it went in', () => {
		for (const code of codes) expect(code.code, code.id).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>|<script[^>]*>[^<]/);
		const pym = codeOf(codes, 'pym');
		expect(attribute(pym, 'data-pym-title')).toBe(title);
		expect(attribute(pym, 'data-pym-trackscroll')).toBe('true');
		expect(attribute(pym, 'data-pym-src')).toBe('https://graphics.example.org/story/embed/?mode=feed');
		expect(pym).not.toContain('</script><script>alert');
	});

	it('lets pym accept messages only from the story’s origin', () => {
		const xdomain = new RegExp(attribute(codeOf(codes, 'pym'), 'data-pym-xdomain'));
		expect(xdomain.test('https://graphics.example.org')).toBe(true);
		expect(xdomain.test('https://graphicsxexample.org')).toBe(false);
		expect(xdomain.test('https://ads.example.com')).toBe(false);
	});

	it('name only absolute addresses for scripts, frames and links, wherever the CMS puts the post', () => {
		for (const site of ['https://graphics.example.org/story', SITE_URL]) {
			for (const { id, code } of embedCodes(site, 'Title', steps, charts)) {
				const addresses = [...code.matchAll(/\s(?:src|href|data-pym-src)="([^"]*)"/g)].map((m) => m[1]!);
				if (id !== 'text') expect(addresses.length, id).toBeGreaterThan(0);
				for (const address of addresses) expect(address, `${id}: ${address}`).toMatch(new RegExp(`^${site.replace(/[.]/g, '\\.')}/`));
			}
		}
	});

	it('escapes HTML attributes and text', () => {
		const iframe = codeOf(codes, 'iframe');
		expect(iframe).toContain('title="Larkspur\'s &quot;story&quot; &amp; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
		expect(codeOf(codes, 'loader')).toContain('<p>A &lt;b&gt;paragraph&lt;/b&gt;</p>');
	});
});

describe('the codes for a news page', () => {
	const two = [{ ...steps[0], body: ['First paragraph.', 'Second paragraph.'] }];
	const codes = embedCodes('https://graphics.example.org/story', 'Title', two, charts);

	it('give the loader a card per paragraph, as our own page has on phones', () => {
		expect(codeOf(codes, 'loader')).toContain(
			'<li data-step="one">\n      <div><p>First paragraph.</p></div>\n      <div><p>Second paragraph.</p></div>\n    </li>'
		);
	});

	it('carry the sticky layout with the loader’s code, scoped to its box and named for a strict CSP', () => {
		const withHash = embedCodes('https://graphics.example.org/story', 'Title', two, charts, "'sha256-abc='");
		const loader = codeOf(withHash, 'loader');
		expect(loader).toContain(`<div ${box} data-layout="sticky">\n  <style>${LOADER_STYLE_TEXT}</style>`);
		expect(LOADER_STYLE_TEXT).toBe(`<!--${LOADER_STYLE.replace(/\n/g, '')}-->`);
		// Every rule is for a box the loader has set up (data-layout), all but the frame's own for the sticky layout only.
		const rules = LOADER_STYLE.split('\n');
		for (const rule of rules) expect(rule.startsWith(`[${box}][data-layout`), rule).toBe(true);
		expect(rules.filter((rule) => !rule.startsWith(`[${box}][data-layout=sticky]`))).toEqual([
			`[${box}][data-layout]>iframe{display:block;width:100%;border:0;--${settings.embedName}:1}`,
			`[${box}][data-layout]>[${box}-link]{display:none}`
		]);
		expect(withHash.find((c) => c.id === 'loader')!.needs).toContain("add 'sha256-abc=' to style-src");
	});

	it('say how to state the host’s header and bottom ad to the loader, pym.js and the custom element', () => {
		const needs = (id: string) => codes.find((c) => c.id === id)!.needs;
		expect(needs('loader')).toContain('data-offset-top="56" data-offset-bottom="50"');
		expect(needs('pym')).toContain('offset-top=56&offset-bottom=50');
		expect(needs('element')).toMatch(/offset-top and offset-bottom/);
		expect(codeOf(codes, 'element')).toMatch(
			new RegExp(
				`^<${tag} offset-top="0" offset-bottom="0">\n[\\s\\S]*\n</${tag}>\n<script src="https://graphics\\.example\\.org/story/element/story-element\\.js" defer></script>$`
			)
		);
	});
});

/**
 * What WordPress's kses leaves of a code saved by a user without unfiltered_html: the tags it
 * does not allow are removed and their text kept (style, script, iframe, noscript, custom
 * elements); HTML comments that end on their line stay comments. Then the text a reader sees.
 */
function strippedText(code: string): { text: string; links: string[] } {
	const kept = code.replace(/<\/?(style|script|iframe|noscript|[a-z]+-[a-z-]+)\b[^>]*>/g, '');
	const links = [...kept.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!);
	// A comment is one only if it ends on its own line (wp_kses_split's pattern has no "s" flag).
	return { text: kept.replace(/<!--.*?-->/g, '').replace(/<[^>]*>/g, ''), links };
}

describe('what a CMS leaves of a code it strips', () => {
	const codes = embedCodes('https://graphics.example.org/story', 'Title', steps, charts);

	it('is never CSS or JavaScript text, and is the story’s words with a link to it', () => {
		for (const { id, code } of codes) {
			if (id === 'amp') continue; // an AMP page is built by its CMS, not pasted into a post
			const { text, links } = strippedText(code);
			expect(text, id).not.toMatch(/[{}]|pym\.Parent|=>/);
			expect(links, id).toContain('https://graphics.example.org/story/');
			// All but a single chart's code keep the story's steps themselves.
			if (id !== 'chart') expect(text, id).toContain('A &lt;b&gt;paragraph&lt;/b&gt;');
		}
	});

	it('would print the sheet as text without its comment: the test can fail', () => {
		const bare = codeOf(codes, 'loader').replace(LOADER_STYLE_TEXT, LOADER_STYLE);
		expect(strippedText(bare).text).toMatch(/[{}]/);
	});
});
