import { describe, expect, it } from 'vitest';
import settings from 'virtual:story-settings';
import { embedCodes, jsonForScriptElement, LOADER_STYLE, siteAddress, SITE_URL } from '$lib/embed/embed-codes';

// The codes carry the configured story's names (story.json): its embed name and slug.
const box = `data-${settings.embedName}`;
const tag = `${settings.slug}-story`;

const steps = [{ id: 'one', chart: 'org:2024', highlight: [], cite: [3], kicker: 'K', body: ['A <b>paragraph</b>'] }] as any;
const charts = [{ slug: 'org-2024', title: 'November 2024' }];
const codeOf = (codes: ReturnType<typeof embedCodes>, id: string) => codes.find((c) => c.id === id)!.code;

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

	it('writes JavaScript strings as JSON, safe inside a <script> element', () => {
		const pym = codeOf(codes, 'pym');
		const script = /<script>\n([\s\S]*)\n<\/script>/.exec(pym)![1]!;
		expect(script).not.toContain('</script');
		expect(script).toContain(JSON.stringify('Larkspur\'s "story" & ').slice(0, -1));
		// The code parses as JavaScript, and the title comes out as it went in.
		let options: any;
		new Function('pym', script)({
			Parent: function (_id: string, _url: string, settings: unknown) {
				options = settings;
			}
		});
		expect(options.title).toBe(title);
	});

	it('lets pym accept messages only from the story’s origin', () => {
		let options: any;
		const script = /<script>\n([\s\S]*)\n<\/script>/.exec(codeOf(codes, 'pym'))![1]!;
		new Function('pym', script)({
			Parent: function (_id: string, _url: string, settings: unknown) {
				options = settings;
			}
		});
		const xdomain = new RegExp(options.xdomain);
		expect(xdomain.test('https://graphics.example.org')).toBe(true);
		expect(xdomain.test('https://graphicsxexample.org')).toBe(false);
		expect(xdomain.test('https://ads.example.com')).toBe(false);
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
		expect(loader).toContain(`<div ${box} data-layout="sticky">\n  <style>${LOADER_STYLE}</style>`);
		// Every rule is for a box the loader has set up (data-layout), all but the frame's own for the sticky layout only.
		const rules = LOADER_STYLE.split('\n');
		for (const rule of rules) expect(rule.startsWith(`[${box}][data-layout`), rule).toBe(true);
		expect(rules.filter((rule) => !rule.startsWith(`[${box}][data-layout=sticky]`))).toEqual([
			`[${box}][data-layout]>iframe{display:block;width:100%;border:0;--${settings.embedName}:1}`
		]);
		expect(withHash.find((c) => c.id === 'loader')!.needs).toContain("add 'sha256-abc=' to style-src");
	});

	it('say how to state the host’s header and bottom ad to the loader, pym.js and the custom element', () => {
		const needs = (id: string) => codes.find((c) => c.id === id)!.needs;
		expect(needs('loader')).toContain('data-offset-top="56" data-offset-bottom="50"');
		expect(needs('pym')).toContain('offset-top=56&offset-bottom=50');
		expect(needs('element')).toMatch(/offset-top and offset-bottom/);
		expect(codeOf(codes, 'element')).toBe(
			`<${tag} offset-top="0" offset-bottom="0"></${tag}>\n<script src="https://graphics.example.org/story/element/story-element.js" defer></script>`
		);
	});
});

describe('jsonForScriptElement', () => {
	it('cannot close its <script> element or open a comment, and reads back the same', () => {
		const value = { title: '</script><script>alert(1)</script>', note: '<!-- x -->', line: '\u2028' };
		const json = jsonForScriptElement(value);
		expect(json).not.toMatch(/<\/script|<!--|\u2028/i);
		expect(JSON.parse(json)).toEqual(value);
	});
});
