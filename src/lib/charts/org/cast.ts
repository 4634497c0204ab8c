import { compareKeys, type DrawnLeader, type DrawnLink, type DrawnUnit, type OrgFrame } from './morph';

/**
 * Keeps every element the tree has drawn, or is about to draw, in the drawing: an element not
 * in the current frame stays as a hidden stand-in instead of being removed, and the elements
 * of the steps next to the reader's are put in early, hidden, as they will first show. A step
 * change then only changes attributes: no SVG text is built, shaped or thrown away in the
 * frame where the step changes (that was most of its cost).
 */

/** `hidden` marks a stand-in: drawn invisible, without the attributes that name what it is. */
export type Cast<T> = T & { hidden?: true };

export interface OrgCastFrame {
	units: Cast<DrawnUnit>[];
	leaders: Cast<DrawnLeader>[];
	links: Cast<DrawnLink>[];
	width: number;
	height: number;
}

interface Keeper<T> {
	(shown: T[], upcoming: T[]): Cast<T>[];
}

function keeper<T extends { opacity: number }>(keyOf: (item: T) => string): Keeper<T> {
	const last = new Map<string, T>();
	// One stand-in object per source, reused from frame to frame, so the drawing sees no change.
	const standIns = new Map<string, { source: T; standIn: Cast<T> }>();
	const standInFor = (key: string, source: T): Cast<T> => {
		const kept = standIns.get(key);
		if (kept?.source === source) return kept.standIn;
		const standIn: Cast<T> = { ...source, opacity: 0, hidden: true };
		standIns.set(key, { source, standIn });
		return standIn;
	};
	return (shown, upcoming) => {
		const drawn: Cast<T>[] = [...shown];
		const taken = new Set(shown.map(keyOf));
		for (const item of shown) last.set(keyOf(item), item);
		// What the next steps will show wins over what was shown last.
		for (const item of upcoming) {
			const key = keyOf(item);
			if (taken.has(key)) continue;
			taken.add(key);
			last.set(key, item);
			drawn.push(standInFor(key, item));
		}
		for (const [key, item] of last) if (!taken.has(key)) drawn.push(standInFor(key, item));
		// One order by key in every frame, so no element is ever moved in the DOM.
		return drawn.sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
	};
}

/**
 * A drawing that remembers: call it with each frame and the frames the reader may scroll into
 * next (the start of the step ahead, the end of the step behind).
 */
export function createOrgCast(): (frame: OrgFrame, upcoming: readonly OrgFrame[]) => OrgCastFrame {
	const units = keeper<DrawnUnit>((u) => u.id);
	const leaders = keeper<DrawnLeader>((l) => l.key);
	const links = keeper<DrawnLink>((l) => l.id);
	return (frame, upcoming) => ({
		width: frame.width,
		height: frame.height,
		units: units(
			frame.units,
			upcoming.flatMap((f) => f.units)
		),
		leaders: leaders(
			frame.leaders,
			upcoming.flatMap((f) => f.leaders)
		),
		links: links(
			frame.links,
			upcoming.flatMap((f) => f.links)
		)
	});
}
