/**
 * The explorer after the story's last step, loaded only when the reader nears it (see the story
 * page's script): its code and its data (explore/data.json beside the page) cost the story's
 * readers nothing before that.
 */
import { mount } from 'svelte';
import Explorer from '$lib/components/explore/Explorer.svelte';
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
	mount(Explorer, { target, props: { data, writeAddress }, context: uiContext(STRINGS[data.lang]) });
}
