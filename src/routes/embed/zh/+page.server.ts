import { loadStory } from '$lib/server/load-story';

export const load = () => loadStory('zh');
