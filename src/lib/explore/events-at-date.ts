import type { ExplorerData } from './explorer-data.ts';
import { monthOf } from './explore-address.ts';

/** Where a date sits among the explorer's dates: which events its list holds, and how it is headed. */
export type DatePosition = 'first' | 'middle' | 'last';

/**
 * The events listed under a date the explorer shows (`YYYY-MM`): those after the month of the date
 * before it, up to its own month; for the first date all up to it, for the last all after the one
 * before (so an event after the last state is still listed somewhere).
 */
export function eventsAtDate(
	data: Pick<ExplorerData, 'dates' | 'events'>,
	month: string
): { position: DatePosition; events: ExplorerData['events'] } {
	const i = data.dates.findIndex((d) => d.month === month);
	const position: DatePosition = i <= 0 ? 'first' : i === data.dates.length - 1 ? 'last' : 'middle';
	const after = i > 0 ? data.dates[i - 1]!.month : '';
	const events = data.events.filter((e) => monthOf(e.date) > after && (position === 'last' || monthOf(e.date) <= month));
	return { position, events };
}
