/**
 * Each step's still chart as an SVG file of its own, for readers without JavaScript (an <img>
 * in a <noscript>, with the chart's text beside it): the page's HTML does not carry drawings
 * that readers with JavaScript never see. Drawn by the same chart components as the page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import appCss from '../../app.css?raw';
import { drawingOf, STILL_WIDTH } from '$lib/charts/drawings';
import type { ChartView } from '$lib/charts/types';
import { uiContext } from '$lib/i18n/context';
import { editionPath } from '$lib/i18n/editions';
import type { Lang } from '$lib/i18n/lang';
import { STRINGS } from '$lib/i18n/strings';
import { STORY_PAGE } from '../../build/page-scripts';
import { loadStory } from './load-story';

/** A still's file and the size its <img> reserves. */
export interface StillImage {
	/** Under the site's base. */
	src: string;
	width: number;
	height: number;
}

/** Where a step's still sits under the site's base: one file per edition and step. */
export const stillPath = (lang: Lang, stepId: string) => `${editionPath(lang)}stills/${stepId}.svg`;

// An SVG in an <img> loads nothing else: it carries its styles, the story page's own
// stylesheets (built before the site, with the class names the chart components render), and
// the colour and font variables. The dev server builds no stylesheets: stills there are plain.
let styles: string | undefined;
function stillStyles(): string {
	if (styles === undefined) {
		const dir = STORY_PAGE.outDir;
		const built = existsSync(dir)
			? readdirSync(dir)
					.filter((file) => file.endsWith('.css'))
					.sort()
			: [];
		styles = [appCss, ...built.map((file) => readFileSync(join(dir, file), 'utf8'))].join('\n');
	}
	return styles;
}

const MARGIN = { x: 16, y: 8 };

const stills = new Map<string, StillImage & { svg: string }>();
const stillsOfCharts = new WeakMap<ChartView, Map<string, StillImage & { svg: string }>>();

/**
 * A step's still: the SVG file's text and its size. Drawn from the chart state given (the page's
 * own view, which may be another story's), else from the configured story's step.
 */
export function stillOf(
	lang: Lang,
	stepId: string,
	drawn?: { chart: ChartView; highlight: readonly string[] }
): StillImage & { svg: string } {
	const key = `${lang}/${stepId}`;
	const cached = (drawn ? stillsOfCharts.get(drawn.chart) : stills)?.get(key);
	if (cached) return cached;
	const story = drawn ? null : loadStory(lang);
	const step = story?.copy.steps.find((s) => s.id === stepId);
	const chart = drawn?.chart ?? (step && story?.charts[step.chart]);
	const highlight = drawn?.highlight ?? step?.highlight;
	if (!chart || !highlight) throw new Error(`no still for step "${stepId}" of the ${lang} edition`);
	const drawing = drawingOf(chart.kind);
	if (!drawing.Chart) throw new Error(`chart kind "${chart.kind}" has no drawing to prerender`);
	const { body } = render(drawing.Chart, {
		props: { from: chart, to: chart, t: 1, width: STILL_WIDTH, height: drawing.stillHeight, highlight, still: true },
		context: uiContext(STRINGS[lang])
	});
	// The chart's <svg>, inside an outer one that carries the component's outermost classes,
	// so the component's styles (".bar-chart svg", ".org-tree .unit") apply as in the page.
	const rootClass = /<[a-z]+\b[^>]*?\sclass="([^"]*)"/.exec(body)?.[1] ?? '';
	const svg = body.slice(body.indexOf('<svg'), body.lastIndexOf('</svg>') + '</svg>'.length);
	const size = /^<svg\b[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"/.exec(svg);
	if (!size) throw new Error(`the still of step "${stepId}" has no sized <svg>`);
	// The page lets labels run past the chart's box (a tick's label centred on its edge); an
	// image clips at its box, so the file's box has a margin the charts' labels fit in.
	const width = Number(size[1]) + 2 * MARGIN.x;
	const height = Number(size[2]) + 2 * MARGIN.y;
	const file =
		// Its language, so the styles give its text the faces of the edition's script (app.css, :lang()).
		`<svg xmlns="http://www.w3.org/2000/svg" xml:lang="${STRINGS[lang].locale}" class="${rootClass}" width="${width}" height="${height}" viewBox="${-MARGIN.x} ${-MARGIN.y} ${width} ${height}">` +
		`<style><![CDATA[${stillStyles()}]]></style>${svg}</svg>`;
	const still = { src: stillPath(lang, stepId), width, height, svg: file };
	if (drawn) stillsOfCharts.set(drawn.chart, (stillsOfCharts.get(drawn.chart) ?? new Map()).set(key, still));
	else stills.set(key, still);
	return still;
}
