/**
 * The layout's values, defined once in TypeScript (src/lib/scroll/trigger.ts, src/lib/charts/sizes.ts),
 * as the styles read them (a media query cannot read a custom property): breakpoints as custom media (`@media (--wide)`, compiled by
 * postcss-custom-media), the rest as custom properties on :root (`var(--behind-text-trigger)`).
 * Every Vite config that compiles styles runs layoutPostcss().
 */
import type { AcceptedPlugin, Plugin } from 'postcss';
import postcssCustomMedia from 'postcss-custom-media';
import { BEHIND_TEXT_TRIGGER, WIDE_LAYOUT_MIN_WIDTH } from '../lib/scroll/trigger.ts';
import { EMBED_SIDE_BY_SIDE_MIN_WIDTH } from '../lib/charts/sizes.ts';

/** Media queries by name: the wide layout (graphic beside the text) and narrower; an embed's side-by-side stepper. */
export const CUSTOM_MEDIA: Record<string, string> = {
	'--wide': `(min-width: ${WIDE_LAYOUT_MIN_WIDTH}px)`,
	'--narrow': `(max-width: ${WIDE_LAYOUT_MIN_WIDTH - 0.02}px)`,
	'--embed-side-by-side': `(min-width: ${EMBED_SIDE_BY_SIDE_MIN_WIDTH}px)`
};

/** Values on :root (and on the custom element's :host, which its styles take from :root). */
export const CUSTOM_PROPERTIES: Record<string, string> = {
	// Where a step becomes the active one, as a share of the screen, behind the text (phones).
	'--behind-text-trigger': String(BEHIND_TEXT_TRIGGER)
};

/** The global stylesheet, which carries the custom properties. */
const GLOBAL_CSS = /[\\/]src[\\/]app\.css$/;

/** Puts the definitions in every stylesheet before postcss-custom-media reads them (and drops them). */
const layoutDefinitions = (): Plugin => ({
	postcssPlugin: 'layout-definitions',
	Once(root, { AtRule, Rule, Declaration, result }) {
		root.prepend(...Object.entries(CUSTOM_MEDIA).map(([name, query]) => new AtRule({ name: 'custom-media', params: `${name} ${query}` })));
		if (GLOBAL_CSS.test(result.opts.from ?? ''))
			root.prepend(
				new Rule({ selector: ':root', nodes: Object.entries(CUSTOM_PROPERTIES).map(([prop, value]) => new Declaration({ prop, value })) })
			);
	}
});

export const layoutPostcss = (): AcceptedPlugin[] => [layoutDefinitions(), postcssCustomMedia()];
