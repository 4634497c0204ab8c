import type { Step } from '$lib/data/schema';

/** Stands for the site's address in the codes until the page (or a test host) fills it in. */
export const SITE_URL = 'https://SITE_URL';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface EmbedCode {
	id: string;
	title: string;
	/** What the host page needs for this mode to work. */
	needs: string;
	code: string;
}

/** Copy-paste embed codes for each way a host can run the story. */
export function embedCodes(title: string, steps: readonly Step[], charts: readonly { slug: string; title: string }[]): EmbedCode[] {
	const stepMarkup = steps
		.map((s) => `    <li data-step="${s.id}"><div>\n${s.body.map((p) => `      <p>${escape(p)}</p>`).join('\n')}\n    </div></li>`)
		.join('\n');
	const firstChart = charts.find((c) => c.slug === 'org-2024') ?? charts[0]!;
	return [
		{
			id: 'loader',
			title: 'Scroll-driven, with our loader (recommended)',
			needs:
				'Lets the host page run one script from our site. The graphic sticks while the story text, which sits in your page and is indexed with your article, scrolls over it. If an ancestor of the embed clips or transforms (overflow, transform), the loader switches to a full-height frame fed with your page’s scroll position.',
			code: `<div data-alibaba-story>\n  <iframe src="${SITE_URL}/embed/" title="${escape(title)}" width="100%" height="720"></iframe>\n  <ol data-alibaba-story-steps>\n${stepMarkup}\n  </ol>\n</div>\n<script src="${SITE_URL}/embed.js" async></script>`
		},
		{
			id: 'pym',
			title: 'Scroll-driven, with pym.js (for hosts that already use it)',
			needs: 'pym.js 1.x on the host page, with trackscroll on. Without trackscroll the frame shows the stepper and pym keeps its height right.',
			code: `<div id="alibaba-story"></div>\n<script src="pym.v1.min.js"></script>\n<script>\n  new pym.Parent('alibaba-story', '${SITE_URL}/embed/', { trackscroll: true, title: '${escape(title).replace(/'/g, '&#39;')}' });\n</script>`
		},
		{
			id: 'iframe',
			title: 'Plain iframe (no script on the host)',
			needs: 'Nothing. The frame shows a stepper with previous and next buttons (and arrow keys) at a fixed height: 720 px on phones, 600 px from 700 px wide.',
			code: `<iframe src="${SITE_URL}/embed/" title="${escape(title)}" width="100%" height="720" scrolling="no" frameborder="0"></iframe>`
		},
		{
			id: 'amp',
			title: 'AMP pages',
			needs: 'amp-iframe, resizable: the frame asks AMP for its height with the embed-size message.',
			code: `<amp-iframe src="${SITE_URL}/embed/" title="${escape(title)}" width="390" height="720" layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups" resizable frameborder="0">\n  <div overflow tabindex="0" role="button" aria-label="Show all">Show all</div>\n</amp-iframe>`
		},
		{
			id: 'chart',
			title: `A single chart (here: ${firstChart.title})`,
			needs: `Nothing; add our loader script to size it to its content. Other charts: ${charts.map((c) => c.slug).join(', ')}.`,
			code: `<div data-alibaba-story>\n  <iframe src="${SITE_URL}/embed/${firstChart.slug}/" title="${escape(firstChart.title)}" width="100%" height="760"></iframe>\n</div>\n<script src="${SITE_URL}/embed.js" async></script>`
		}
	];
}
