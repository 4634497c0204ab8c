import { loadStoryPage } from '$lib/server/story-page';

// Not hydrated: the prerendered HTML is the story, and one small script adds the graphic.
export const csr = false;

export const load = () => loadStoryPage('zh');
