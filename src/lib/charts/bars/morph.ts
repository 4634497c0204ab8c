import { easeMorph, lerp } from '../morph';
import type { BarLayout, PlacedBar, PlacedTick } from './layout';

/** A bar as drawn in one frame: its placed geometry, interpolated, and how visible it is. */
export interface DrawnBar extends PlacedBar {
	opacity: number;
}

export interface DrawnTick extends PlacedTick {
	key: string;
	opacity: number;
}

export interface BarFrame {
	zeroX: number;
	plotTop: number;
	plotBottom: number;
	bars: DrawnBar[];
	ticks: DrawnTick[];
	fontSize: number;
	height: number;
}

/** A bar with no length at the zero line: where new bars grow from and old bars shrink to. */
function collapsed(bar: PlacedBar, zeroX: number): PlacedBar {
	return { ...bar, x: zeroX, width: 0, valueX: zeroX + (bar.negative ? -6 : 6), labelX: zeroX + (bar.labelAnchor === 'end' ? -6 : 6) };
}

/**
 * One bar chart state morphing into another. A bar with the same id in both (the same
 * business shown in a new context) travels and changes length; a new bar grows from the
 * zero line; a bar that leaves shrinks into it. The axis moves with its zero line, old
 * ticks fading out as new ones fade in. Cheap arithmetic per frame.
 */
export function barFrameAt(from: BarLayout, to: BarLayout, t: number, chartKey: { from: string; to: string }): BarFrame {
	const e = easeMorph(t);
	const zeroX = lerp(from.zeroX, to.zeroX, e);
	const fromBars = new Map(from.bars.map((b) => [b.id, b]));
	const toIds = new Set(to.bars.map((b) => b.id));

	const tween = (a: PlacedBar, b: PlacedBar, opacity: number): DrawnBar => {
		const shown = e < 0.5 ? a : b;
		return {
			...shown,
			id: b.id,
			x: lerp(a.x, b.x, e),
			width: lerp(a.width, b.width, e),
			y: lerp(a.y, b.y, e),
			height: lerp(a.height, b.height, e),
			labelY: lerp(a.labelY, b.labelY, e),
			labelX: lerp(a.labelX, b.labelX, e),
			valueX: lerp(a.valueX, b.valueX, e),
			opacity
		};
	};

	const bars = [
		...to.bars.map((b) => {
			const old = fromBars.get(b.id);
			return old ? tween(old, b, 1) : tween(collapsed(b, from.zeroX), b, e);
		}),
		...from.bars.filter((b) => !toIds.has(b.id)).map((b) => ({ ...tween(b, collapsed(b, to.zeroX), 1 - e), id: b.id }))
	];

	const sameAxis = chartKey.from === chartKey.to;
	const ticks: DrawnTick[] = sameAxis
		? to.ticks.map((tick) => ({ ...tick, key: `${chartKey.to}:${tick.value}`, opacity: 1 }))
		: [
				...from.ticks.map((tick) => ({ ...tick, key: `${chartKey.from}:${tick.value}`, opacity: 1 - e })),
				...to.ticks.map((tick) => ({ ...tick, key: `${chartKey.to}:${tick.value}`, opacity: e }))
			];

	return {
		zeroX,
		plotTop: lerp(from.plotTop, to.plotTop, e),
		plotBottom: lerp(from.plotBottom, to.plotBottom, e),
		bars,
		ticks,
		fontSize: to.fontSize,
		height: lerp(from.height, to.height, e)
	};
}
