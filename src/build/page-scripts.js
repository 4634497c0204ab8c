// The story page's script, a build of its own (vite.story.config.ts) so that its chunks hold
// only what the page runs: read by that build (its entry), by the pages (to link it), by the
// prerender (which cannot find it yet) and by the step that puts it in the site
// (copy-story-page.mjs). Plain JavaScript: svelte.config.js and the build scripts read it too.
export const STORY_PAGE = Object.freeze({
	/** The entry, by source file. */
	entry: 'src/build/story-page-script.ts',
	/** Where the build writes it, before the site exists (the site's build empties its folder). */
	outDir: '.svelte-kit/story-page',
	/** Where it sits in the site: under _app/immutable/, so hosts cache it for a year. */
	sitePath: '_app/immutable/story'
});
