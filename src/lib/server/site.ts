import { loadSettings } from './load-story';

/**
 * Where the story is published, for canonical links and social cards, which must be absolute:
 * the story's siteUrl, or PUBLIC_SITE_URL when building for another host.
 */
export const siteUrl = () => (process.env.PUBLIC_SITE_URL ?? loadSettings().siteUrl).replace(/\/+$/, '');
