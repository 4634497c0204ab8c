import type { OrgNodeView } from '$lib/charts/org/types';
import { estimateTextWidth, isCjk } from '../text-width';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface PlacedUnit {
	id: string;
	label: string;
	/** A badge after the label, as the edition writes it: "NEW", "MOVED", "新设", "调整". */
	tag: string | null;
	parent: string | null;
	depth: number;
	/** Centre of the unit's marker. */
	x: number;
	y: number;
	/** The unit's label, marker included: what must not overlap anything else. */
	box: Box;
	/** Units under it are left out of this (phone) drawing: a stub marks the fold. */
	folded: boolean;
}

export interface PlacedLeader {
	/** Person id plus which of their posts this is (in reading order), e.g. "ben-okafor#1". */
	key: string;
	person: string;
	unit: string;
	text: string;
	/** Left end of the text's baseline-centre line. */
	x: number;
	y: number;
	box: Box;
}

export interface PlacedLink {
	/** The child unit's id: a link is its child's line to its parent. */
	id: string;
	parentX: number;
	parentY: number;
	childX: number;
	childY: number;
}

export interface OrgLayout {
	width: number;
	height: number;
	unitFontSize: number;
	leaderFontSize: number;
	/** Leaders sit in a column to the right (wide) or under their unit (narrow). */
	leaderColumnX: number | null;
	units: PlacedUnit[];
	leaders: PlacedLeader[];
	links: PlacedLink[];
}

/** Below this width leaders go under their unit instead of in a column. */
export const LEADER_COLUMN_MIN_WIDTH = 560;
export const MIN_FONT_SIZE = 12;
const TAG_GAP = 8;

/** Marker radius and the distance from a marker's centre to its label (OrgTree draws the same). */
export const MARKER_RADIUS = 5;
/** A highlighted unit's marker: a little larger, as well as in the accent colour. */
export const HIGHLIGHT_MARKER_RADIUS = 6.5;
export const LABEL_OFFSET = 12;
const PAD = 8;

/**
 * An indented tree (reading order from d3-hierarchy, see orgRows) sized to `width` x
 * `height`: every unit on its own line, so no two labels can overlap, with each leader
 * beside (wide) or under (narrow) their unit. Pure: same rows and size, same layout.
 * Row spacing stretches to use a tall box and shrinks, never below legible, for a short one.
 */
export function layoutOrg(rows: readonly OrgNodeView[], width: number, height: number): OrgLayout {
	const wide = width >= LEADER_COLUMN_MIN_WIDTH;
	const unitFontSize = wide ? 16 : 14;
	const leaderFontSize = wide ? 14 : MIN_FONT_SIZE;
	const indent = wide ? 26 : 16;
	const unitLine = Math.round(unitFontSize * 1.35);
	const leaderLine = Math.round(leaderFontSize * 1.4);

	const markerX = (depth: number) => PAD + MARKER_RADIUS + depth * indent;
	const labelLeft = (depth: number) => markerX(depth) + LABEL_OFFSET;
	// A Chinese name takes a full-width comma.
	const leaderTexts = (row: OrgNodeView) => row.leaders.map((l) => `${l.name}${isCjk(l.name) ? '，' : ', '}${l.role}`);
	// Wide: the leader column starts right of the longest unit label, inside the width.
	const labelOf = (row: OrgNodeView, room: number) => (estimateTextWidth(row.name, unitFontSize) <= room ? row.name : row.short);
	let leaderColumnX: number | null = null;
	if (wide) {
		const longestLeader = Math.max(0, ...rows.flatMap((r) => leaderTexts(r).map((t) => estimateTextWidth(t, leaderFontSize))));
		const column = width - PAD - longestLeader;
		const tagRoom = (r: OrgNodeView) => (r.badge ? TAG_GAP + estimateTextWidth(r.badge, MIN_FONT_SIZE) : 0);
		const labelsEnd = Math.max(
			...rows.map(
				(r) => labelLeft(r.depth) + estimateTextWidth(labelOf(r, column - 24 - labelLeft(r.depth) - tagRoom(r)), unitFontSize) + tagRoom(r)
			)
		);
		leaderColumnX = Math.max(labelsEnd + 24, Math.min(column, width * 0.5));
	}

	const lineCount = (row: OrgNodeView) => (wide ? Math.max(1, row.leaders.length) : 1 + row.leaders.length);
	const contentHeight = rows.reduce(
		(sum, r) => sum + unitLine + (wide ? (lineCount(r) - 1) * leaderLine : r.leaders.length * leaderLine),
		0
	);
	// Spread the spare height between rows: generous on a tall screen, tight (never negative) on a short one.
	const gap = Math.max(2, Math.min(wide ? 22 : 12, (height - 2 * PAD - contentHeight) / Math.max(1, rows.length - 1)));

	const units: PlacedUnit[] = [];
	const leaders: PlacedLeader[] = [];
	const posts = new Map<string, number>();
	const byId = new Map<string, PlacedUnit>();
	let y = PAD;
	for (const row of rows) {
		const x = markerX(row.depth);
		const left = labelLeft(row.depth);
		const room = (leaderColumnX ?? width - PAD) - 24 - left;
		const tag = row.badge;
		const tagWidth = tag ? TAG_GAP + estimateTextWidth(tag, MIN_FONT_SIZE) : 0;
		const label = labelOf(row, room - tagWidth);
		const labelWidth = estimateTextWidth(label, unitFontSize);
		const unit: PlacedUnit = {
			id: row.id,
			label,
			tag,
			parent: row.parent,
			depth: row.depth,
			folded: row.folded ?? false,
			x,
			y: y + unitLine / 2,
			box: { x: x - MARKER_RADIUS, y, width: MARKER_RADIUS + LABEL_OFFSET + labelWidth + tagWidth, height: unitLine }
		};
		units.push(unit);
		byId.set(row.id, unit);

		let leaderY = wide ? y + (unitLine - leaderLine) / 2 : y + unitLine;
		for (const [i, text] of leaderTexts(row).entries()) {
			const person = row.leaders[i]!.person;
			const post = posts.get(person) ?? 0;
			posts.set(person, post + 1);
			const leaderX = leaderColumnX ?? left;
			leaders.push({
				key: `${person}#${post}`,
				person,
				unit: row.id,
				text,
				x: leaderX,
				y: leaderY + leaderLine / 2,
				box: { x: leaderX, y: leaderY, width: estimateTextWidth(text, leaderFontSize), height: leaderLine }
			});
			leaderY += leaderLine;
		}
		y += (wide ? Math.max(unitLine, row.leaders.length * leaderLine) : unitLine + row.leaders.length * leaderLine) + gap;
	}

	const links: PlacedLink[] = rows.flatMap((row) => {
		const parent = row.parent ? byId.get(row.parent) : undefined;
		const child = byId.get(row.id)!;
		return parent ? [{ id: row.id, parentX: parent.x, parentY: parent.y, childX: child.x, childY: child.y }] : [];
	});

	// Rounded so float noise in the spread gaps cannot make a fitting tree look too tall.
	const contentBottom = Math.round((y - gap + PAD) * 100) / 100;
	return { width, height: Math.max(height, contentBottom), unitFontSize, leaderFontSize, leaderColumnX, units, leaders, links };
}
