import type { OrgNodeView } from '$lib/view/types';

function list(names: string[]): string {
	if (names.length <= 1) return names.join('');
	return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Which units each person leads in a state, person id → unit ids. */
function leadership(rows: readonly OrgNodeView[]): Map<string, { name: string; units: string[] }> {
	const out = new Map<string, { name: string; units: string[] }>();
	for (const row of rows) {
		for (const leader of row.leaders) {
			const entry = out.get(leader.person) ?? { name: leader.name, units: [] };
			entry.units.push(row.id);
			out.set(leader.person, entry);
		}
	}
	return out;
}

/**
 * What changed between two org states, in plain sentences, for the text
 * equivalent of the chart: new units (and what they were formed from),
 * moves, units that merged away, and who leads what.
 */
export function describeChanges(previous: readonly OrgNodeView[] | null, next: readonly OrgNodeView[]): string[] {
	if (!previous) return [];
	const before = new Map(previous.map((n) => [n.id, n]));
	const after = new Map(next.map((n) => [n.id, n]));
	const shortOf = (id: string | null) => (id ? (after.get(id) ?? before.get(id))?.short ?? id : '');
	const changes: string[] = [];

	for (const node of next) {
		const old = before.get(node.id);
		if (!old) {
			const parts = node.formedFrom.map(shortOf);
			changes.push(parts.length ? `New: ${node.short}, formed from ${list(parts)}.` : `New: ${node.short}, under ${shortOf(node.parent)}.`);
		} else if (old.parent !== node.parent) {
			changes.push(`${node.short} moved from ${shortOf(old.parent)} to ${shortOf(node.parent)}.`);
		}
	}
	for (const node of previous) {
		if (after.has(node.id)) continue;
		const successor = next.find((n) => n.formedFrom.includes(node.id));
		changes.push(successor ? `${node.short} became part of ${successor.short}.` : `${node.short} is no longer shown.`);
	}

	const led = leadership(next);
	const ledBefore = leadership(previous);
	for (const [person, { name, units }] of led) {
		const had = ledBefore.get(person)?.units ?? [];
		const gained = units.filter((u) => !had.includes(u)).map(shortOf);
		if (gained.length) changes.push(`${name} now leads ${list(gained)}.`);
	}
	for (const [person, { name, units }] of ledBefore) {
		const kept = led.get(person)?.units ?? [];
		const lost = units.filter((u) => !kept.includes(u) && after.has(u)).map(shortOf);
		if (lost.length) changes.push(`${name} no longer leads ${list(lost)}.`);
		if (!led.has(person)) changes.push(`${name} no longer appears in the chart.`);
	}
	return changes;
}
