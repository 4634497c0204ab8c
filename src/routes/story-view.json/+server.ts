import { json } from '@sveltejs/kit';
import { loadStory } from '$lib/server/load-story';

// The resolved story (copy and chart states) as one file: the custom element is built from it.
export const prerender = true;
export const GET = () => json(loadStory());
