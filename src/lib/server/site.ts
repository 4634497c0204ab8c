/**
 * Where the story is published, for canonical links and social cards, which must be
 * absolute. Set PUBLIC_SITE_URL when building for a real host.
 */
export const SITE_URL = (process.env.PUBLIC_SITE_URL ?? 'https://graphics.example.org/alibaba-restructuring').replace(/\/+$/, '');
