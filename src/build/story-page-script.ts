/**
 * The story page's script. The page is prerendered and not hydrated: this finds the story
 * in the HTML and the graphic's data beside it, and brings them to life.
 */
import { enhanceStory } from '$lib/story/enhance-story';
import type { StoryGraphicData } from '$lib/story/graphic-data';
import { GRAPHIC_DATA_ID } from '$lib/story/graphic-data';
import { hashForStep } from '$lib/story/step-link';
import { STRINGS } from '$lib/i18n/strings';

const root = document.querySelector<HTMLElement>('main.story');
const json = document.getElementById(GRAPHIC_DATA_ID)?.textContent;

if (root && json) {
	const data = JSON.parse(json) as StoryGraphicData;
	// Reflect the active step in the address without adding history entries, a moment after it
	// changes and in a task of its own: replaceState takes about 10 ms on a throttled phone, too
	// much to add to the step change's frame. A step passed in less than the delay is never written.
	const ADDRESS_DELAY_MS = 250;
	let linked = '';
	let waiting = '';
	let pending: ReturnType<typeof setTimeout> | undefined;
	enhanceStory(root, {
		data,
		strings: STRINGS[data.lang],
		deepLink: true,
		onposition(stepId, position) {
			const hash = position.inside ? hashForStep(stepId) : '';
			if (hash === waiting) return;
			clearTimeout(pending);
			waiting = hash;
			if (hash === linked) return;
			pending = setTimeout(() => {
				linked = hash;
				history.replaceState(history.state, '', hash || location.pathname + location.search);
			}, ADDRESS_DELAY_MS);
		}
	});
}
