import type { OrgNodeView } from '$lib/charts/org/types';

/**
 * An org tree for the engine's tests, written as an indented outline: a unit per line, two spaces
 * per level, its leaders after a bar (`retail | Ben Okafor`). Names are made up: the layout and
 * focus code is tested on trees shaped for each test, not on a published story's.
 */
export function outlineTree(outline: string): OrgNodeView[] {
	const rows: OrgNodeView[] = [];
	const parents: string[] = [];
	const source = { kind: 'background' as const, label: 'Background', detail: 'Made up for the engine’s tests.' };
	for (const line of outline.split('\n').filter((l) => l.trim())) {
		const depth = (line.length - line.trimStart().length) / 2;
		const [id, leaders = ''] = line
			.trim()
			.split('|')
			.map((part) => part.trim()) as [string, string?];
		parents.length = depth;
		rows.push({
			id,
			name: id.replace(/-/g, ' '),
			short: id.replace(/-/g, ' '),
			parent: depth ? parents[depth - 1]! : null,
			depth,
			row: rows.length,
			leaders: leaders
				.split(',')
				.filter(Boolean)
				.map((name) => ({ person: name.trim().toLowerCase().replace(/\s+/g, '-'), name: name.trim(), role: 'Head', source })),
			formedFrom: [],
			change: null,
			badge: null,
			source
		});
		parents[depth] = id;
	}
	return rows;
}
