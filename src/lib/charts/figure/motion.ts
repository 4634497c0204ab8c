import type { ElementMotion } from '../motion';
import type { ChartPlay } from '../types';
import type { FigureChartView } from './types';

/**
 * A big figure's morph as animations (charts/motion.ts): the figure it rests on fades in where
 * the other fades out, in place (targets `figure:<chart id>`).
 */
export function figureMotions(play: ChartPlay<FigureChartView>): ElementMotion[] {
	const [rest, other] = play.reverse ? [play.from, play.to] : [play.to, play.from];
	return [
		{ target: `figure:${other.id}`, keyframes: [{ opacity: 1 }, { opacity: 0 }] },
		{ target: `figure:${rest.id}`, keyframes: [{ opacity: 0 }, { opacity: 1 }] }
	];
}
