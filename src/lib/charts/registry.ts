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
import { figureKind } from './figure/kind.ts';
import type * as v from 'valibot';
import type { ChartKindDefinition, ChartView } from './types.ts';

export const CHART_KINDS = [orgKind, barsKind, figureKind] as const;

/** Any kind, taking any chart of its own: the dataset's schema told the kinds apart by `kind`. */
type SomeKind = ChartKindDefinition<v.GenericSchema<unknown, { kind: string }>, ChartView>;

/** The kind of a dataset chart (or of its `kind` name), if the registry has it. */
export const chartKindOf = (kind: string): SomeKind | undefined => CHART_KINDS.find((k) => k.kind === kind) as SomeKind | undefined;
