import type { OrgNodeView } from './types.ts';
import type { OrgChange } from '../../data/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import { VIEW_STRINGS } from '../../i18n/strings.ts';

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
	const say = VIEW_STRINGS[lang].changes;
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
