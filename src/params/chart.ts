import type { ParamMatcher } from '@sveltejs/kit';

/** A chart state's slug, "org-2024" (see chart-slug.ts): never an edition's segment such as "zh". */
export const match: ParamMatcher = (param) => /^[a-z]+-[a-z0-9-]+$/.test(param);
