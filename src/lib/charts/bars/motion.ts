import { allSame, inPlayOrder, SAMPLES, translate, type ElementMotion } from '../motion';
import { barFrameAt, type BarFrame, type DrawnBar } from './morph';
import type { BarLayout } from './layout';

type ChartKey = { from: string; to: string };

/** Rounded as the chart writes its attributes, so an animation ends exactly where the drawing rests. */
const at2 = (n: number) => Number(n.toFixed(2));

/**
 * The bar chart at rest at the end of a morph: barFrameAt at t = 1, except that a bar which has
 * left keeps the shape it left from (it is invisible either way). A bar at rest with no length
 * could not be scaled back out of the zero line when the reader turns back.
 */
export function barsAtRest(from: BarLayout, to: BarLayout, key: ChartKey): BarFrame {
	const end = barFrameAt(from, to, 1, key);
	const start = new Map(barFrameAt(from, to, 0, key).bars.map((bar) => [bar.id, bar]));
	return { ...end, bars: end.bars.map((bar) => (bar.opacity === 0 ? { ...start.get(bar.id)!, opacity: 0 } : bar)) };
}

/** The transform that draws the rect `rest` as the rect `shape`: a bar's length and place, on the compositor. */
function reshape(rest: DrawnBar, shape: DrawnBar): string {
	const [x, y, width, height] = [at2(rest.x), at2(rest.y), at2(Math.max(0, rest.width)), at2(rest.height)];
	const sx = at2(Math.max(0, shape.width)) / width;
	const sy = at2(shape.height) / height;
	return `${translate(at2(shape.x) - x * sx, at2(shape.y) - y * sy)} scale(${sx.toFixed(4)}, ${sy.toFixed(4)})`;
}

/**
 * A label's way to where it rests, as offsets from there; none when it stays put the whole way
 * (a bar that only changes length keeps its category label): every animation playing costs the
 * main thread a style pass each frame while the reader scrolls (docs/performance.md).
 */
function travel(target: string, offsets: [number, number][]): ElementMotion[] {
	// Under 0.05 px both ways, the drawing's one decimal writes the same place.
	if (offsets.every(([dx, dy]) => Math.abs(dx) < 0.05 && Math.abs(dy) < 0.05)) return [];
	return [{ target, keyframes: offsets.map(([dx, dy]) => ({ transform: translate(dx, dy) })) }];
}

/**
 * The bar chart's morph from `from` to `to` as animations (charts/motion.ts), relative to the
 * drawing at rest (`rest`: where the chart is drawn while the morph plays). A bar's rect is
 * scaled and moved, its labels travel, bars that come or go fade, and the axis slides with its
 * zero line as its ticks cross-fade.
 *
 * Targets: `bar:<id>` (the bar's group: its fade), `rect:<id>`, `label:<id>`, `value:<id>`,
 * `tick:<key>`, `zero`.
 */
export function barMotions(from: BarLayout, to: BarLayout, key: ChartKey, reverse: boolean, rest: BarFrame): ElementMotion[] {
	const frames = inPlayOrder(
		SAMPLES.map((t) => barFrameAt(from, to, t, key)),
		reverse
	);
	const motions: ElementMotion[] = [];
	for (const resting of rest.bars) {
		const bars = frames.map((frame) => frame.bars.find((bar) => bar.id === resting.id));
		if (!bars.every((bar) => bar !== undefined)) continue;
		const id = resting.id;
		if (!allSame(bars, (a, b) => a.opacity === b.opacity)) {
			motions.push({ target: `bar:${id}`, keyframes: bars.map((bar) => ({ opacity: bar.opacity, visibility: 'visible' })) });
		}
		const moves = (a: DrawnBar, b: DrawnBar) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
		if (allSame([resting, ...bars], moves)) continue;
		if (resting.width > 0 && resting.height > 0) {
			motions.push({ target: `rect:${id}`, keyframes: bars.map((bar) => ({ transform: reshape(resting, bar) })) });
		}
		const valueY = (bar: DrawnBar) => bar.y + bar.height / 2;
		motions.push(
			...travel(
				`label:${id}`,
				bars.map((bar) => [bar.labelX - at2(resting.labelX), bar.labelY - resting.labelY])
			),
			...travel(
				`value:${id}`,
				bars.map((bar) => [bar.valueX - at2(resting.valueX), valueY(bar) - valueY(resting)])
			)
		);
	}
	for (const tick of rest.ticks) {
		const opacities = frames.map((frame) => frame.ticks.find((t) => t.key === tick.key)?.opacity ?? 0);
		if (!allSame([tick.opacity, ...opacities], (a, b) => a === b)) {
			motions.push({ target: `tick:${tick.key}`, keyframes: opacities.map((opacity) => ({ opacity, visibility: 'visible' })) });
		}
	}
	if (!allSame([rest, ...frames], (a, b) => a.zeroX === b.zeroX)) {
		motions.push({ target: 'zero', keyframes: frames.map((frame) => ({ transform: translate(frame.zeroX - at2(rest.zeroX), 0) })) });
	}
	return motions;
}
