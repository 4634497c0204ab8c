import { easeMorph, lerp } from '../morph';
import { MARKER_RADIUS, type OrgLayout, type PlacedLeader, type PlacedUnit } from './layout';
import type { OrgNodeView } from '$lib/charts/org/types';

interface Point {
	x: number;
	y: number;
}

/** One element's journey: where it starts and ends, and how visible it is at each end. */
interface Tween<T> {
	key: string;
	start: Point;
	end: Point;
	startOpacity: number;
	endOpacity: number;
	/** What the element shows before and after the halfway point. */
	before: T;
	after: T;
}

export interface OrgMorphPlan {
	units: Tween<PlacedUnit>[];
	leaders: Tween<PlacedLeader>[];
	links: (Tween<null> & { startParent: Point; endParent: Point })[];
	width: number;
	height: number;
}

export interface DrawnUnit extends Point {
	id: string;
	label: string;
	/** The parent it is shown under (the new one from halfway through a move). */
	parent: string | null;
	tag: string | null;
	/** Units under it are left out of the drawing (a phone's focused tree). */
	folded: boolean;
	opacity: number;
	/** Its marker grows from 0.4 to 1 as a new unit appears, and shrinks as a merged unit goes (its label fades). */
	scale: number;
}
export interface DrawnLeader extends Point {
	key: string;
	person: string;
	unit: string;
	text: string;
	opacity: number;
}
export interface DrawnLink {
	id: string;
	d: string;
	opacity: number;
}
export interface OrgFrame {
	units: DrawnUnit[];
	leaders: DrawnLeader[];
	links: DrawnLink[];
	width: number;
	height: number;
}

function centroid(points: Point[]): Point | null {
	if (!points.length) return null;
	return { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length };
}

const at = (p: { x: number; y: number } | undefined): Point | null => (p ? { x: p.x, y: p.y } : null);

/**
 * Plans the morph from one org layout to the next, once per pair of states: a unit in
 * both moves; a new unit grows out of the units it was formed from (or its parent); a
 * unit that merges away travels into its successor and fades; a leader's label travels
 * with the leader. Per frame, `orgFrameAt` only interpolates these numbers.
 */
export function planOrgMorph(
	from: OrgLayout,
	to: OrgLayout,
	fromRows: readonly OrgNodeView[],
	toRows: readonly OrgNodeView[]
): OrgMorphPlan {
	const fromUnits = new Map(from.units.map((u) => [u.id, u]));
	const toUnits = new Map(to.units.map((u) => [u.id, u]));
	const fromParent = new Map(fromRows.map((r) => [r.id, r.parent]));
	const toParent = new Map(toRows.map((r) => [r.id, r.parent]));
	const successorOf = (id: string) => toRows.find((r) => r.formedFrom.includes(id))?.id;

	/** Where a unit comes from when it appears, or goes to when it leaves. */
	const origin = (id: string): Point => {
		const row = toRows.find((r) => r.id === id);
		const parts = centroid((row?.formedFrom ?? []).flatMap((f) => at(fromUnits.get(f)) ?? []));
		const parent = toParent.get(id);
		return parts ?? at(parent ? fromUnits.get(parent) : undefined) ?? at(toUnits.get(id))!;
	};
	const destination = (id: string): Point => {
		const successor = successorOf(id);
		const parent = fromParent.get(id);
		return at(successor ? toUnits.get(successor) : undefined) ?? at(parent ? toUnits.get(parent) : undefined) ?? at(fromUnits.get(id))!;
	};

	const units: Tween<PlacedUnit>[] = [];
	for (const unit of to.units) {
		const old = fromUnits.get(unit.id);
		units.push({
			key: unit.id,
			start: old ? at(old)! : origin(unit.id),
			end: at(unit)!,
			startOpacity: old ? 1 : 0,
			endOpacity: 1,
			before: old ?? unit,
			after: unit
		});
	}
	for (const unit of from.units) {
		if (toUnits.has(unit.id)) continue;
		units.push({ key: unit.id, start: at(unit)!, end: destination(unit.id), startOpacity: 1, endOpacity: 0, before: unit, after: unit });
	}

	const fromLeaders = new Map(from.leaders.map((l) => [l.key, l]));
	const toLeaders = new Map(to.leaders.map((l) => [l.key, l]));
	const leaders: Tween<PlacedLeader>[] = [
		...to.leaders.map((l) => {
			const old = fromLeaders.get(l.key);
			return { key: l.key, start: at(old ?? l)!, end: at(l)!, startOpacity: old ? 1 : 0, endOpacity: 1, before: old ?? l, after: l };
		}),
		...from.leaders
			.filter((l) => !toLeaders.has(l.key))
			.map((l) => ({ key: l.key, start: at(l)!, end: at(l)!, startOpacity: 1, endOpacity: 0, before: l, after: l }))
	];

	const unitTween = new Map(units.map((u) => [u.key, u]));
	const links = [...new Set([...from.links.map((l) => l.id), ...to.links.map((l) => l.id)])].map((id) => {
		const child = unitTween.get(id)!;
		const parentAt = (layout: OrgLayout, parentId: string | null | undefined) => at(layout.units.find((u) => u.id === parentId)) ?? null;
		const inFrom = from.links.some((l) => l.id === id);
		const inTo = to.links.some((l) => l.id === id);
		const startParent = (inFrom ? parentAt(from, fromParent.get(id)) : null) ?? child.start;
		const endParent = (inTo ? parentAt(to, toParent.get(id)) : null) ?? child.end;
		return {
			key: id,
			start: child.start,
			end: child.end,
			startParent,
			endParent,
			startOpacity: inFrom ? 1 : 0,
			endOpacity: inTo ? 1 : 0,
			before: null,
			after: null
		};
	});

	// One order for every state (by key), so the drawing's elements never have to be moved
	// in the DOM from one state to the next: only added and removed. (Drawn order is all it
	// affects; the chart is aria-hidden and its text equivalent keeps the tree's order.)
	const byKey = (a: { key: string }, b: { key: string }) => compareKeys(a.key, b.key);
	return {
		units: units.sort(byKey),
		leaders: leaders.sort(byKey),
		links: links.sort(byKey),
		width: to.width,
		height: Math.max(from.height, to.height)
	};
}

/** The one order of the drawing's elements, by key, in every state (see planOrgMorph). */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const mix = (a: Point, b: Point, t: number): Point => ({ x: lerp(a.x, b.x, t), y: lerp(a.y, b.y, t) });

/** An elbow from the parent's marker down to the child's row, then across to its marker. */
export function linkPath(parent: Point, child: Point): string {
	const r = MARKER_RADIUS;
	return `M${parent.x.toFixed(1)},${(parent.y + r).toFixed(1)}V${child.y.toFixed(1)}H${(child.x - r).toFixed(1)}`;
}

/**
 * A label that leaves fades out over the first half, one that arrives fades in over the
 * second: an outgoing and an incoming leader at the same place never show at once.
 */
function handOver(from: number, to: number, e: number): number {
	if (from === to) return to;
	return to > from ? Math.max(0, 2 * e - 1) : Math.max(0, 1 - 2 * e);
}

const samePoint = (a: Point, b: Point) => a.x === b.x && a.y === b.y;
const stays = (tween: Tween<unknown> & { startParent?: Point; endParent?: Point }) =>
	samePoint(tween.start, tween.end) &&
	tween.startOpacity === tween.endOpacity &&
	(!tween.startParent || !tween.endParent || samePoint(tween.startParent, tween.endParent));
const unitStays = (u: Tween<PlacedUnit>) =>
	stays(u) &&
	u.before.label === u.after.label &&
	u.before.parent === u.after.parent &&
	u.before.tag === u.after.tag &&
	u.before.folded === u.after.folded;
const leaderStays = (l: Tween<PlacedLeader>) =>
	stays(l) && l.before.person === l.after.person && l.before.unit === l.after.unit && l.before.text === l.after.text;

// What an element that neither moves nor changes looks like, drawn once per plan.
const drawnOnce = new WeakMap<object, unknown>();
function once<T>(tween: object, draw: () => T): T {
	if (!drawnOnce.has(tween)) drawnOnce.set(tween, draw());
	return drawnOnce.get(tween) as T;
}

/**
 * The chart at `t` (0..1) through the morph: cheap arithmetic only. An element that neither
 * moves nor changes through the morph is the same object in every frame, so the drawing
 * (a keyed list of them) leaves it untouched.
 */
export function orgFrameAt(plan: OrgMorphPlan, t: number): OrgFrame {
	const e = easeMorph(t);
	const unitAt = (u: Tween<PlacedUnit>, e: number): DrawnUnit => {
		const shown = e < 0.5 ? u.before : u.after;
		const opacity = lerp(u.startOpacity, u.endOpacity, e);
		return {
			id: u.key,
			label: shown.label,
			parent: shown.parent,
			tag: shown.tag,
			folded: shown.folded,
			...mix(u.start, u.end, e),
			opacity,
			scale: u.startOpacity === u.endOpacity ? 1 : 0.4 + 0.6 * opacity
		};
	};
	const leaderAt = (l: Tween<PlacedLeader>, e: number): DrawnLeader => {
		const shown = e < 0.5 ? l.before : l.after;
		return {
			key: l.key,
			person: shown.person,
			unit: shown.unit,
			text: shown.text,
			...mix(l.start, l.end, e),
			opacity: handOver(l.startOpacity, l.endOpacity, e)
		};
	};
	const linkAt = (l: OrgMorphPlan['links'][number], e: number): DrawnLink => ({
		id: l.key,
		d: linkPath(mix(l.startParent, l.endParent, e), mix(l.start, l.end, e)),
		opacity: lerp(l.startOpacity, l.endOpacity, e)
	});
	return {
		width: plan.width,
		height: plan.height,
		units: plan.units.map((u) => (unitStays(u) ? once(u, () => unitAt(u, 1)) : unitAt(u, e))),
		leaders: plan.leaders.map((l) => (leaderStays(l) ? once(l, () => leaderAt(l, 1)) : leaderAt(l, e))),
		links: plan.links.map((l) => (stays(l) ? once(l, () => linkAt(l, 1)) : linkAt(l, e)))
	};
}
