/**
 * The data-* attributes the story's HTML (Story.svelte and the components in it) carries for
 * enhanceStory to find its parts by: one name each. The code finds them through hookSelector;
 * the markup writes them literally (a spread such as {...{ [HOOK.sticky]: '' }} would ship
 * Svelte's spread-attribute runtime, about 2 KB, to every reader), and a unit test renders the
 * markup and checks that every hook here is in it.
 */
export const HOOK = {
	scrolly: 'data-scrolly',
	sticky: 'data-sticky',
	step: 'data-step',
	nextStep: 'data-next-step',
	languageSwitch: 'data-language-switch',
	chartText: 'data-chart-text',
	staticChart: 'data-static-chart',
	graphicBody: 'data-graphic-body',
	/** Where the explorer after the last step is mounted. */
	exploreLive: 'data-explore-live'
} as const;

export type Hook = keyof typeof HOOK;

/** `[data-sticky]`, or `[data-chart-text]` on a `details` element with `within = 'details'`. */
export const hookSelector = (name: Hook, within = '') => `${within}[${HOOK[name]}]`;
