import { downloadFiles, loadEditions, loadStory } from './load-story';
import type { Lang } from '$lib/i18n/lang';
import { pageScript } from '../../build/page-script';
import { siteUrl } from './site';
import { STORY_PAGE } from '../../build/page-scripts';

/** An edition's page: the story, the site's address for share metadata, the other editions, the downloads and its script. */
export function loadStoryPage(lang: Lang) {
	// The dev server serves (and transforms) the source file itself.
	const script = import.meta.env.DEV
		? { src: STORY_PAGE.entry, preload: [], css: [] }
		: pageScript(STORY_PAGE.entry, `${STORY_PAGE.outDir}/.vite/manifest.json`, STORY_PAGE.sitePath);
	const { json, csv } = downloadFiles();
	return {
		...loadStory(lang),
		siteUrl: siteUrl(),
		editions: loadEditions(),
		downloads: { json: `data/${json}`, csv: `data/${csv}` },
		script
	};
}
