import { loadEmbedStep, stepEntries } from '$lib/server/embed-step-page';

export const entries = stepEntries;
export const load = ({ params }) => loadEmbedStep('zh', params.step);
