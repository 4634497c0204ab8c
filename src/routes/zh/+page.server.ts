import { loadStory } from '$lib/server/load-story';
import { SITE_URL } from '$lib/server/site';

export const load = () => ({ ...loadStory('zh'), siteUrl: SITE_URL });
