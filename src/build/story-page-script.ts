/**
 * The story page's script. The page is prerendered and not hydrated: this finds the story
 * in the HTML, fetches the graphic's data the page preloads, and brings them to life.
 */
import { enhanceStory } from '$lib/story/enhance-story';
import type { StoryGraphicData } from '$lib/story/graphic-data';
import { EXPLORER_DATA_FILE, GRAPHIC_DATA_FILE } from '$lib/story/graphic-data';
import { hookSelector } from '$lib/story/hooks';
import { hashForStep } from '$lib/story/step-link';
import { loadStrings, pageLang } from '$lib/i18n/edition-strings';
import type { Strings } from '$lib/i18n/strings';

const root = document.querySelector<HTMLElement>('main.story');
// The page preloads the file: fetching the link's own address reuses that download.
const dataLink = document.querySelector<HTMLLinkElement>(`link[rel=preload][href$="${GRAPHIC_DATA_FILE}"]`);

// Without its data the page stays what it is without JavaScript: the whole story, with stills.
// (No top-level await: the lazy chunks import this entry, and would split it into many.)
if (root && dataLink) {
	// The graphic's data and this edition's words, side by side.
	const data = fetch(dataLink.href).then((response) => (response.ok ? (response.json() as Promise<StoryGraphicData>) : null));
	void Promise.all([data, loadStrings(pageLang(document.documentElement.lang))]).then(([data, strings]) => data && start(root, data, strings));
	// The explorer after the last step: watched for from the load event on (explore-trigger.ts).
	const explorer = root.querySelector<HTMLElement>(hookSelector('exploreLive'));
	const dataUrl = new URL(EXPLORER_DATA_FILE, dataLink.href).href;
	if (explorer)
		addEventListener('load', () => void import('$lib/explore/explore-trigger').then(({ loadWhenNear }) => loadWhenNear(explorer, dataUrl)), {
			once: true
		});
}

function start(root: HTMLElement, data: StoryGraphicData, strings: Strings) {
	// Reflect the active step in the address without adding history entries, a moment after it
	// changes and in a task of its own: replaceState takes about 10 ms on a throttled phone, too
	// much to add to the step change's frame. A step passed in less than the delay is never written.
	const ADDRESS_DELAY_MS = 250;
	let linked = '';
	let waiting = '';
	let pending: ReturnType<typeof setTimeout> | undefined;
	enhanceStory(root, {
		data,
		strings,
		deepLink: true,
		onposition(stepId, position) {
			// Above the first step or past the last (the explorer, the sources), no step is named.
			const past = stepId === data.steps.at(-1)?.id && position.progress >= 1;
			const hash = position.inside && !past ? hashForStep(stepId) : '';
			if (hash === waiting) return;
			clearTimeout(pending);
			waiting = hash;
			if (hash === linked) return;
			pending = setTimeout(() => {
				linked = hash;
				// A hash that names no step (#explore, with the explorer's state in the query) stays.
				const kept = location.hash.startsWith(hashForStep('')) ? '' : location.hash;
				history.replaceState(history.state, '', hash || location.pathname + location.search + kept);
			}, ADDRESS_DELAY_MS);
		}
	});
}
