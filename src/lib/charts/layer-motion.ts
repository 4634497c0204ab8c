import { layerOpacity } from './layers';
import { allSame, inPlayOrder, SAMPLES, type ElementMotion } from './motion';
import type { ChartKind, ChartView } from './types';
import type { PlayedMorph } from '$lib/scroll/graphic-frame';

/**
 * A change of kind as animations of the graphic's layers (targets `layer:<kind>`): the old
 * kind fades out over the first half, the new one in over the second (layerOpacity), both
 * visible while they fade, also the one that rests hidden.
 */
export function layerMotions(morph: PlayedMorph, charts: Record<string, ChartView>, kinds: readonly ChartKind[]): ElementMotion[] {
	return kinds.flatMap((kind) => {
		const opacities = inPlayOrder(
			SAMPLES.map((t) => layerOpacity(kind, { from: morph.from, to: morph.to, t }, charts)),
			morph.reverse
		);
		if (allSame(opacities, (a, b) => a === b)) return [];
		return [{ target: `layer:${kind}`, keyframes: opacities.map((opacity) => ({ opacity, visibility: 'visible' })) }];
	});
}
