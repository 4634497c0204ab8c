import { loadEmbedStep } from '$lib/server/embed-step-page';
import { editionStepRoutes } from '$lib/server/load-story';
import { langOf } from '$lib/i18n/editions';

export const entries = editionStepRoutes;
export const load = ({ params }) => loadEmbedStep(langOf(params.lang), params.step);
