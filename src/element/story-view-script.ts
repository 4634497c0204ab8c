/**
 * The custom element's data (the story's copy and chart states) travels as a classic script
 * beside the element's, not inside it and not as JSON to fetch: a host that lets our element
 * run allows our scripts (script-src), but may allow no request to our site (connect-src).
 * The data script sets one global, named after the story, which the element reads once loaded.
 */
export const STORY_VIEW_SCRIPT = 'story-view.js';

/** The global the data script sets: one per story, so two stories' elements on a page never meet. */
export const storyViewGlobal = (slug: string) => `__storyView_${slug.replace(/\W/g, '_')}`;

/** The data script's text: the JSON parsed once (faster to parse than the same data as a JavaScript literal). */
export const storyViewScript = (slug: string, json: string) =>
	`self[${JSON.stringify(storyViewGlobal(slug))}]=JSON.parse(${JSON.stringify(json)});\n`;
