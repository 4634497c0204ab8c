/**
 * The explorer's state in the page's address, so a reader can share what they see:
 * `?date=2023-03&compare=2021-12&unit=retail-group`. A date is the month of a dated organisation state.
 * Anything unknown or malformed falls back to the default view, never to an error: an address
 * is typed, pasted and cut short by people and by the apps that carry it.
 */
export interface ExploreState {
	/** The month shown, `YYYY-MM`: one of the dated states'. */
	date: string;
	/** A second month to compare with, or none. Never the month shown. */
	compare: string | null;
	/** The unit whose history is open, or none. */
	unit: string | null;
}

export interface ExploreChoices {
	/** The months of the dated organisation states, in order. */
	dates: readonly string[];
	/** The ids of the units a reader may select. */
	units: readonly string[];
}

const PARAMS = { date: 'date', compare: 'compare', unit: 'unit' } as const;

/** The month of a state's date (`2021-12-06` and `2021-12` are both `2021-12`). */
export const monthOf = (date: string): string => date.slice(0, 7);

/** What the explorer opens on with no state in the address: the latest state, nothing else. */
export const defaultExploreState = (choices: ExploreChoices): ExploreState => ({
	date: choices.dates.at(-1) ?? '',
	compare: null,
	unit: null
});

/** Reads the explorer's state from an address's query; each value is kept only if it is one of the choices. */
export function parseExploreState(query: string | URLSearchParams, choices: ExploreChoices): ExploreState {
	const params = typeof query === 'string' ? new URLSearchParams(query) : query;
	const fallback = defaultExploreState(choices);
	const pick = (name: string, allowed: readonly string[]) => {
		const value = params.get(name);
		return value !== null && allowed.includes(value) ? value : null;
	};
	const date = pick(PARAMS.date, choices.dates) ?? fallback.date;
	const compare = pick(PARAMS.compare, choices.dates);
	return { date, compare: compare === date ? null : compare, unit: pick(PARAMS.unit, choices.units) };
}

/** The query for a state (with its leading `?`), leaving out what the default view already shows: '' for the default. */
export function exploreQuery(state: ExploreState, choices: ExploreChoices): string {
	const params = new URLSearchParams();
	if (state.date !== defaultExploreState(choices).date) params.set(PARAMS.date, state.date);
	if (state.compare) params.set(PARAMS.compare, state.compare);
	if (state.unit) params.set(PARAMS.unit, state.unit);
	const query = params.toString();
	return query ? `?${query}` : '';
}
