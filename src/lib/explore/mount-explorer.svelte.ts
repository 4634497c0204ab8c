/**
 * The explorer after the story's last step, loaded only when the reader nears it (see the story
 * page's script): its code and its data (explore/data.json beside the page) cost the story's
 * readers nothing before that. It is built in four parts (the timeline, the tree, what is under the
 * tree, the units), one per idle period, each laid out there and then: all at once, mounting and
 * laying it out took about 80 ms on a throttled phone (a long task), and its layout fell into the
 * next scroll event of a reader still scrolling.
 */
import { flushSync, mount } from 'svelte';
import Explorer from '$lib/components/explore/Explorer.svelte';
import { whenIdleInTurn } from '$lib/browser/when-idle';
import { uiContext } from '$lib/i18n/context';
import { STRINGS } from '$lib/i18n/strings';
import type { ExplorerData } from './explorer-data';

export async function mountExplorer(target: HTMLElement, dataUrl: string): Promise<void> {
	const response = await fetch(dataUrl);
	if (!response.ok) return;
	const data = (await response.json()) as ExplorerData;
	// The explorer's state in the query, and its place in the hash: a shared address opens here,
	// with this view. (The story writes the active step in the hash, keeping the query.)
	const writeAddress = (query: string) =>
		history.replaceState(history.state, '', `${location.pathname}${query}#${target.closest('[id]')?.id ?? ''}`);
	let parts = $state(0);
	const next = () => {
		parts += 1;
		if (parts === 1)
			mount(Explorer, {
				target,
				props: {
					data,
					writeAddress,
					get parts() {
						return parts;
					}
				},
				context: uiContext(STRINGS[data.lang])
			});
		flushSync();
		// Laid out in this idle period, not in whatever task reads the layout next.
		target.getBoundingClientRect();
	};
	whenIdleInTurn([next, next, next, next]);
}
