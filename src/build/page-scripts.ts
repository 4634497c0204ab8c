/**
 * The scripts of pages SvelteKit does not hydrate, by the source file that is their entry in
 * the browser build: read by vite.config.ts (to build them) and by the pages (to link them).
 */
export const PAGE_SCRIPTS = {
	story: 'src/build/story-page-script.ts'
} as const;
