/**
 * Every kind of chart the engine draws. A kind is one folder, src/lib/charts/<kind>/, holding
 * its schema part, view builder, layout, morph, components and text equivalent, and one line
 * here. `kind.ts` is the data side (validated at build, turned into views); `drawing.ts` is
 * the page side, found by its folder (drawings.ts).
 *
 * This file is read by the build's data check too (vite.config.ts), so it and the kinds'
 * data sides import relatively, never through $lib or a .svelte file.
 */
import { orgKind } from './org/kind.ts';
import { barsKind } from './bars/kind.ts';

export const CHART_KINDS = [orgKind, barsKind] as const;
