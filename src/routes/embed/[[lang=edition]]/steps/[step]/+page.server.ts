import { loadEmbedStep, stepEntries } from '$lib/server/embed-step-page';
import { langOf } from '$lib/i18n/editions';

export const entries = stepEntries;
export const load = ({ params }) => loadEmbedStep(langOf(params.lang), params.step);
