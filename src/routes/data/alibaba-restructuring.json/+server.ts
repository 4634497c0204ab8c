import { json } from '@sveltejs/kit';
import { loadDataset } from '$lib/server/load-story';

// Readers' download: the validated dataset, every fact with its source.
export const prerender = true;
export const GET = () => json(loadDataset());
