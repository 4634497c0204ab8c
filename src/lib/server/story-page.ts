import { loadSettings, loadStory } from './load-story';
import type { Lang } from '$lib/i18n/lang';
import { pageScript } from '../../build/page-script';
import { siteUrl } from './site';
import { PAGE_SCRIPTS } from '../../build/page-scripts';

/** The story page's only script (an entry in pageScripts, vite.config.ts). */
const STORY_PAGE_SCRIPT = PAGE_SCRIPTS.story;

/** An edition's page: the story, the site's address for share metadata, the other editions, the downloads and its script. */
export function loadStoryPage(lang: Lang) {
	// The dev server serves (and transforms) the source file itself.
	const script = import.meta.env.DEV ? { src: STORY_PAGE_SCRIPT, preload: [], css: [] } : pageScript(STORY_PAGE_SCRIPT);
	const { editions, slug } = loadSettings();
	return { ...loadStory(lang), siteUrl: siteUrl(), editions, downloads: { json: `data/${slug}.json`, csv: `data/${slug}.csv` }, script };
}
