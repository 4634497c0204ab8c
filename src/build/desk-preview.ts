/**
 * The desk preview, in `vite dev` only (served by storyContentInDev at /__desk/, never built): every
 * step of every edition side by side at phone and desktop width, each with its chart id, its
 * highlights and the article's words behind its facts, the content's warnings, and a checklist
 * for publishing. Plain HTML from the story's folder; the frames load the dev pages themselves.
 */
import { readFileSync } from 'node:fs';
import { readStoryFolder, editionMismatches } from '../lib/data/story-folder.ts';
import { checkStory } from '../lib/data/check-story.ts';
import { collectSources } from '../lib/data/check-dataset.ts';
import { SOURCE_LANG } from '../lib/i18n/lang.ts';

export const DESK_PATH = '/__desk/';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Each article line's quotes in the dataset: the words the facts of a step citing that line rest on. */
function quotesByLine(dataset: unknown): Map<number, string[]> {
	const byLine = new Map<number, string[]>();
	for (const { source } of collectSources(dataset)) {
		if (source.source !== 'article') continue;
		const quotes = byLine.get(source.line) ?? [];
		if (!quotes.includes(source.quote)) quotes.push(source.quote);
		byLine.set(source.line, quotes);
	}
	return byLine;
}

/** The desk preview's page for the story in `folder`; `article` is the source document's path, if the desk set one. */
export function deskPage(folder: string, article: string | undefined): string {
	const story = readStoryFolder(folder);
	const { settings, dataset, copies } = story;
	const check = checkStory(folder, article);
	const inStep = editionMismatches(settings.editions, copies, folder);
	const quotes = quotesByLine(dataset);
	const pathOf = (lang: string) => (lang === SOURCE_LANG ? '/' : `/${lang}/`);
	const placeholder = /example\.(org|com)|localhost/.test(settings.siteUrl);

	const item = (ok: boolean, text: string) => `<li class="${ok ? 'ok' : 'todo'}">${ok ? '✓' : '✗'} ${text}</li>`;
	const checklist = [
		item(!placeholder, `Site address: <code>${escape(settings.siteUrl)}</code>${placeholder ? ' (a placeholder: set the published address in story.json)' : ''}`),
		...settings.editions.map((lang) => item(true, `As of (${lang}): ${escape(copies[lang]!.asOf)}`)),
		...settings.editions.map((lang) => {
			const last = copies[lang]!.corrections.at(-1);
			return item(true, `Corrections (${lang}): ${copies[lang]!.corrections.length}${last ? `, latest ${last.date}` : ''}`);
		}),
		item(
			check.quotes !== null && check.errors.length === 0,
			check.quotes === null
				? 'Quotes not checked against the source document: start the dev server with STORY_ARTICLE=path/to/article.txt, or run npm run check:story -- --article …'
				: `Quotes: ${check.quotes} checked against ${escape(article!)}, ${check.errors.length} wrong`
		),
		item(inStep.length === 0, inStep.length ? `Editions out of step: ${inStep.map((p) => escape(p.message)).join('; ')}` : 'Editions in step: the same steps, charts and highlights'),
		item(check.warnings.length === 0, `Warnings: ${check.warnings.length}`)
	].join('\n');
	const warnings = check.warnings
		.map((w) => `<li><code>${escape(`${w.file}:${w.line ?? ''}`)}</code> ${escape(w.label ?? w.path)}: ${escape(w.message)}</li>`)
		.join('\n');

	const reference = copies[settings.editions[0]!]!;
	const rows = reference.steps
		.map((step) => {
			const words = step.cite
				.map((line) => `<li>¶${line}: ${(quotes.get(line) ?? []).map((q) => `“${escape(q)}”`).join(' · ') || '<em>no quote in the dataset</em>'}</li>`)
				.join('');
			const frames = settings.editions
				.map(
					(lang) => `<div class="edition"><h4>${lang}</h4>
<div class="phone"><iframe loading="lazy" title="${lang} ${step.id} at 390×844" src="${pathOf(lang)}#step-${step.id}" width="390" height="844"></iframe></div>
<div class="desktop"><iframe loading="lazy" title="${lang} ${step.id} at 1440×900" src="${pathOf(lang)}#step-${step.id}" width="1440" height="900"></iframe></div></div>`
				)
				.join('\n');
			return `<section class="step" data-desk-step="${escape(step.id)}"><h3>${escape(step.id)}</h3>
<p><b>Chart</b> <code>${escape(step.chart)}</code> · <b>Highlights</b> ${step.highlight.map((h) => `<code>${escape(h)}</code>`).join(' ') || '—'}${step.background ? ` · <b>Background</b> ${escape(step.background)}` : ''}</p>
<ul class="words">${words}</ul><div class="editions">${frames}</div></section>`;
		})
		.join('\n');

	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Desk preview: ${escape(settings.slug)}</title>
<link rel="icon" href="data:,">
<script type="module" src="/@vite/client"></script>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1a1a1a}h1{font-size:1.4rem}
.ok{color:#1d6b2f}.todo{color:#a3200f}ul{padding-left:1.2rem}.words{font-size:13px;color:#444}
.step{border-top:2px solid #1a1a1a;padding-top:.5rem;margin-top:1.5rem}.editions{display:flex;gap:1.5rem;flex-wrap:wrap}
.edition{display:flex;gap:.75rem;align-items:flex-start}.edition h4{margin:0;writing-mode:vertical-lr}
.phone{width:195px;height:422px;overflow:hidden;border:1px solid #bbb}.phone iframe{transform:scale(.5);transform-origin:0 0;border:0}
.desktop{width:432px;height:270px;overflow:hidden;border:1px solid #bbb}.desktop iframe{transform:scale(.3);transform-origin:0 0;border:0}
</style></head><body data-desk-preview>
<h1>Desk preview: ${escape(settings.slug)} (${settings.editions.join(', ')}), dev only</h1>
<h2>Before publishing</h2><ul class="checklist">${checklist}</ul>
${warnings ? `<h2>Warnings</h2><ul>${warnings}</ul>` : ''}
<h2>Every step</h2>${rows}
</body></html>`;
}

/** The source document the desk named for the dev server (STORY_ARTICLE), if it exists. */
export function deskArticle(): string | undefined {
	const path = process.env.STORY_ARTICLE;
	if (!path) return undefined;
	try {
		readFileSync(path);
		return path;
	} catch {
		return undefined;
	}
}
