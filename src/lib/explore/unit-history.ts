import type { Dataset, Leader, OrgState, Source } from '$lib/data/schema';

/**
 * A unit's history for the explorer, from the dataset's sourced events alone: each
 * change an organisation state records about the unit (formed, moved, merged, a leader appointed
 * or gone) is one line, dated and sourced by the event that made it. A change without its event
 * gives no line, and a unit no event touches has no history: nothing here is inferred from
 * comparing two drawings.
 */
interface Line {
	/** The event's date, and the event. */
	date: string;
	event: string;
	source: Source;
	/** The state the change is recorded in. */
	state: string;
}

export type HistoryLine = Line &
	(
		| { kind: 'formed'; from: string[]; under: string | null }
		| { kind: 'moved'; from: string; to: string | null }
		| { kind: 'merged'; into: string }
		| { kind: 'absorbed'; unit: string }
		| { kind: 'appointed'; person: string; role: Leader['role'] | null }
		| { kind: 'left'; person: string }
	);

export function unitHistory(dataset: Dataset, unitId: string): HistoryLine[] {
	const events = new Map(dataset.events.map((event) => [event.id, event]));
	const lines: HistoryLine[] = [];
	for (const state of dataset.orgStates) {
		const node = (id: string) => state.nodes.find((n) => n.unit === id);
		for (const change of state.changes) {
			const event = events.get(change.event);
			if (!event) continue;
			const line: Line = { date: event.date, event: event.id, source: change.source ?? event.source, state: state.id };
			const about = lineAbout(change, unitId, line, node);
			if (about) lines.push(about);
		}
	}
	// In the order things happened (a state records changes of one date; the sort keeps their order).
	return lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function lineAbout(
	change: OrgState['changes'][number],
	unitId: string,
	line: Line,
	node: (id: string) => OrgState['nodes'][number] | undefined
): HistoryLine | null {
	switch (change.kind) {
		case 'created':
			return change.unit === unitId
				? { ...line, kind: 'formed', from: node(unitId)?.formedFrom ?? [], under: node(unitId)?.parent ?? null }
				: null;
		case 'moved':
			return change.unit === unitId ? { ...line, kind: 'moved', from: change.from, to: node(unitId)?.parent ?? null } : null;
		case 'merged':
			if (change.unit === unitId) return { ...line, kind: 'merged', into: change.into };
			return change.into === unitId ? { ...line, kind: 'absorbed', unit: change.unit } : null;
		case 'appointed': {
			if (change.unit !== unitId) return null;
			const role = node(unitId)?.leaders?.find((leader) => leader.person === change.person)?.role ?? null;
			return { ...line, kind: 'appointed', person: change.person, role };
		}
		case 'left':
			return change.unit === unitId ? { ...line, kind: 'left', person: change.person } : null;
	}
}
