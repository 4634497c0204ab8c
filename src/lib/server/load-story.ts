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
// In `vite dev` the files may change between requests: read them again each time.
const story = () => (import.meta.env.DEV ? readStoryFolder(storyFolder()) : (content ??= readStoryFolder(storyFolder())));
// Each edition's view is built once per build: every page of the edition (the story, its embeds,
// one stepper page per step) shows the same one.
const views = new Map<Lang, StoryView>();

export const loadSettings = () => story().settings;
export const loadDataset = () => story().dataset;

/** The editions the story is published in; the source language's first. */
export const loadEditions = (): Lang[] => story().settings.editions;

/** Prerender entries for a route with an optional edition segment (`[[lang=edition]]`): the story's editions. */
export const editionRoutes = () => editionEntries(loadEditions());

/** Prerender entries for a route with an optional edition segment and a step: each edition's steps. */
export const editionStepRoutes = () =>
	loadEditions().flatMap((lang) => loadStory(lang).copy.steps.map((s) => ({ lang: lang === SOURCE_LANG ? '' : lang, step: s.id })));

export function loadStory(lang: Lang = SOURCE_LANG): StoryView {
	const built = import.meta.env.DEV ? undefined : views.get(lang);
	if (built) return built;
	const { dataset, copies } = story();
	const copy = copies[lang];
	if (!copy) throw new Error(`the story has no "${lang}" edition (see editions in its story.json)`);
	const view = buildStoryView(dataset, copy);
	views.set(lang, view);
	return view;
}

const explorers = new Map<Lang, ExplorerData>();

/** What the explorer shows in an edition (issue 17): its pages carry it, the story page fetches it. */
export function loadExplorer(lang: Lang = SOURCE_LANG): ExplorerData {
	const built = import.meta.env.DEV ? undefined : explorers.get(lang);
	if (built) return built;
	const data = explorerData(story().dataset, lang);
	explorers.set(lang, data);
	return data;
}

/** The readers' downloads, named after the story (its settings' slug), under data/. */
export function downloadFiles() {
	const { slug } = story().settings;
	return { json: `${slug}.json`, csv: `${slug}.csv` };
}
