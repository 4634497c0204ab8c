/**
 * The data-* attributes the story's HTML (Story.svelte and the components in it) carries for
 * enhanceStory to find its parts by: one name each, used by the markup and the code alike.
 */
export const HOOK = {
	scrolly: 'data-scrolly',
	sticky: 'data-sticky',
	step: 'data-step',
	nextStep: 'data-next-step',
	languageSwitch: 'data-language-switch',
	chartText: 'data-chart-text',
	staticChart: 'data-static-chart',
	graphicBody: 'data-graphic-body'
} as const;

export type Hook = keyof typeof HOOK;

/** The attribute for markup: `<div {...hook('sticky')}>`, `<li {...hook('step', step.id)}>`. */
export const hook = (name: Hook, value: string | number = '') => ({ [HOOK[name]]: value });

/** `[data-sticky]`, or `[data-chart-text]` on a `details` element with `within = 'details'`. */
export const hookSelector = (name: Hook, within = '') => `${within}[${HOOK[name]}]`;
