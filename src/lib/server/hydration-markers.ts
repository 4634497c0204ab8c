/**
 * Svelte's hydration markers, the comments its server rendering leaves around blocks
 * (`<!--[-->`, `<!--]-->`, `<!--[0-->`, `<!--[-1-->`, `<!---->`): only hydration reads them. A page
 * that is never hydrated can drop them (about 8 KB of the story page's HTML).
 */
const MARKER = /<!--(?:\[-?\d*|\]|)-->/g;

export const withoutHydrationMarkers = (html: string): string => html.replace(MARKER, '');
