import type { OrgNodeView } from '$lib/view/types';
import type { Lang } from '$lib/format/numbers';

/** The sentences, per language. */
const SAY = {
	en: {
		list: (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`),
		formed: (unit: string, parts: string) => `New: ${unit}, formed from ${parts}.`,
		added: (unit: string, parent: string) => `New: ${unit}, under ${parent}.`,
		moved: (unit: string, from: string, to: string) => `${unit} moved from ${from} to ${to}.`,
		merged: (unit: string, into: string) => `${unit} became part of ${into}.`,
		dropped: (unit: string) => `${unit} is no longer shown.`,
		leads: (person: string, units: string) => `${person} now leads ${units}.`,
		stopped: (person: string, units: string) => `${person} no longer leads ${units}.`,
		gone: (person: string) => `${person} no longer appears in the chart.`
	},
	zh: {
		list: (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`),
		formed: (unit: string, parts: string) => `新设：${unit}，由${parts}整合而成。`,
		added: (unit: string, parent: string) => `新增：${unit}，隶属${parent}。`,
		moved: (unit: string, from: string, to: string) => `${unit}从${from}调整至${to}。`,
		merged: (unit: string, into: string) => `${unit}并入${into}。`,
		dropped: (unit: string) => `${unit}不再显示。`,
		leads: (person: string, units: string) => `${person}现负责${units}。`,
		stopped: (person: string, units: string) => `${person}不再负责${units}。`,
		gone: (person: string) => `${person}不再出现在图中。`
	}
};

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
export function describeChanges(previous: readonly OrgNodeView[] | null, next: readonly OrgNodeView[], lang: Lang = 'en'): string[] {
	if (!previous) return [];
	const say = SAY[lang];
	const list = say.list;
	const before = new Map(previous.map((n) => [n.id, n]));
	const after = new Map(next.map((n) => [n.id, n]));
	const shortOf = (id: string | null) => (id ? (after.get(id) ?? before.get(id))?.short ?? id : '');
	const changes: string[] = [];

	for (const node of next) {
		const old = before.get(node.id);
		if (!old) {
			const parts = node.formedFrom.map(shortOf);
			changes.push(parts.length ? say.formed(node.short, list(parts)) : say.added(node.short, shortOf(node.parent)));
		} else if (old.parent !== node.parent) {
			changes.push(say.moved(node.short, shortOf(old.parent), shortOf(node.parent)));
		}
	}
	for (const node of previous) {
		if (after.has(node.id)) continue;
		const successor = next.find((n) => n.formedFrom.includes(node.id));
		changes.push(successor ? say.merged(node.short, successor.short) : say.dropped(node.short));
	}

	const led = leadership(next);
	const ledBefore = leadership(previous);
	for (const [person, { name, units }] of led) {
		const had = ledBefore.get(person)?.units ?? [];
		const gained = units.filter((u) => !had.includes(u)).map(shortOf);
		if (gained.length) changes.push(say.leads(name, list(gained)));
	}
	for (const [person, { name, units }] of ledBefore) {
		const kept = led.get(person)?.units ?? [];
		const lost = units.filter((u) => !kept.includes(u) && after.has(u)).map(shortOf);
		if (lost.length) changes.push(say.stopped(name, list(lost)));
		if (!led.has(person)) changes.push(say.gone(name));
	}
	return changes;
}
