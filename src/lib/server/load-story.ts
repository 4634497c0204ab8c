/**
 * The story being built (STORY, see story-folder.ts), read and validated once per build. Any
 * fault throws a DataError naming the file, the path inside it and what is wrong, which fails
 * the prerender and so `npm run build`.
 */
import { readStoryFolder, storyFolder, type StoryContent } from '$lib/data/story-folder';
import { buildStoryView, type StoryView } from '$lib/view/build-story-view';
import { SOURCE_LANG, type Lang } from '$lib/i18n/lang';
import { editionEntries } from '$lib/i18n/editions';
import { explorerData, type ExplorerData } from '$lib/explore/explorer-data';

let content: StoryContent | null = null;
/**
 * The story's content. In `vite dev` the files may change between requests, so they are read again
 * each time, and only the edition asked for (`lang`; none for pages of the dataset alone): a mistake
 * in one edition's copy leaves the other readable.
 */
const story = (lang?: Lang) =>
	import.meta.env.DEV ? readStoryFolder(storyFolder(), lang ? [lang] : []) : (content ??= readStoryFolder(storyFolder()));
/**
 * What `build` makes of an edition, made once per build and kept (every page of the edition shows
 * the same); made again on each request in `vite dev`, where the files may change.
 */
function perEdition<T>(build: (lang: Lang) => T): (lang?: Lang) => T {
	const built = new Map<Lang, T>();
	return (lang = SOURCE_LANG) => {
		const kept = import.meta.env.DEV ? undefined : built.get(lang);
		if (kept) return kept;
		const made = build(lang);
		built.set(lang, made);
		return made;
	};
}

export const loadSettings = () => story().settings;
export const loadDataset = () => story().dataset;

/** The editions the story is published in; the source language's first. */
export const loadEditions = (): Lang[] => story().settings.editions;

/** Prerender entries for a route with an optional edition segment (`[[lang=edition]]`): the story's editions. */
export const editionRoutes = () => editionEntries(loadEditions());

/** Prerender entries for a route with an optional edition segment and a step: each edition's steps. */
export const editionStepRoutes = () =>
	loadEditions().flatMap((lang) => loadStory(lang).copy.steps.map((s) => ({ lang: lang === SOURCE_LANG ? '' : lang, step: s.id })));

/** An edition's view: every page of the edition (the story, its embeds, one stepper page per step) shows the same one. */
export const loadStory = perEdition((lang): StoryView => {
	const { dataset, copies } = story(lang);
	const copy = copies[lang];
	if (!copy) throw new Error(`the story has no "${lang}" edition (see editions in its story.json)`);
	return buildStoryView(dataset, copy);
});

/** What the explorer shows in an edition: its pages carry it, the story page fetches it. */
export const loadExplorer = perEdition((lang): ExplorerData => explorerData(story().dataset, lang));

/** The readers' downloads, named after the story (its settings' slug), under data/. */
export function downloadFiles() {
	const { slug } = story().settings;
	return { json: `${slug}.json`, csv: `${slug}.csv` };
}
