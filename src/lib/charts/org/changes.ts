import type { OrgNodeView } from './types.ts';
import type { OrgChange } from '../../data/schema.ts';
import type { Lang } from '../../format/numbers.ts';

/** The sentences, per language. */
const SAY = {
	en: {
		list: (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`),
		formed: (unit: string, parts: string) => `New: ${unit}, formed from ${parts}.`,
		added: (unit: string, parent: string) => `New: ${unit}, under ${parent}.`,
		moved: (unit: string, from: string, to: string) => `${unit} moved from ${from} to ${to}.`,
		merged: (unit: string, into: string) => `${unit} became part of ${into}.`,
		appointed: (person: string, role: string, unit: string) => `New at ${unit}: ${person}, ${role}.`,
		left: (person: string, unit: string) => `${person} no longer leads ${unit}.`
	},
	zh: {
		list: (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`),
		formed: (unit: string, parts: string) => `新设：${unit}，由${parts}整合而成。`,
		added: (unit: string, parent: string) => `新增：${unit}，隶属${parent}。`,
		moved: (unit: string, from: string, to: string) => `${unit}从${from}调整至${to}。`,
		merged: (unit: string, into: string) => `${unit}并入${into}。`,
		appointed: (person: string, role: string, unit: string) => `${unit}新任：${person}，${role}。`,
		left: (person: string, unit: string) => `${person}不再执掌${unit}。`
	}
};

/**
 * What changed since the previous org state, in plain sentences, for the text equivalent of
 * the chart: only the changes the state lists, each tied to a sourced event (OrgChangeSchema).
 * Units and people are named as the drawings name them.
 */
export function describeChanges(
	changes: readonly OrgChange[],
	next: readonly OrgNodeView[],
	previous: readonly OrgNodeView[],
	people: ReadonlyMap<string, string>,
	lang: Lang = 'en'
): string[] {
	const say = SAY[lang];
	const after = new Map(next.map((n) => [n.id, n]));
	const before = new Map(previous.map((n) => [n.id, n]));
	const shortOf = (id: string | null | undefined) => (id ? ((after.get(id) ?? before.get(id))?.short ?? id) : '');
	const personOf = (id: string) => people.get(id) ?? id;
	return changes.map((change) => {
		switch (change.kind) {
			case 'created': {
				const node = after.get(change.unit);
				const parts = (node?.formedFrom ?? []).map(shortOf);
				return parts.length ? say.formed(shortOf(change.unit), say.list(parts)) : say.added(shortOf(change.unit), shortOf(node?.parent));
			}
			case 'moved':
				return say.moved(shortOf(change.unit), shortOf(change.from), shortOf(after.get(change.unit)?.parent));
			case 'merged':
				return say.merged(shortOf(change.unit), shortOf(change.into));
			case 'appointed': {
				const role = after.get(change.unit)?.leaders.find((l) => l.person === change.person)?.role ?? '';
				return say.appointed(personOf(change.person), role, shortOf(change.unit));
			}
			case 'left':
				return say.left(personOf(change.person), shortOf(change.unit));
		}
	});
}
