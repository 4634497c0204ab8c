import { describe, expect, it } from 'vitest';
import { exploreQuery, monthOf, parseExploreState, type ExploreChoices } from '$lib/explore/explore-address';
import { fixture } from '../fixture-story';

const { dataset } = fixture;
const choices: ExploreChoices = {
	dates: dataset.orgStates.map((state) => monthOf(state.date)),
	units: dataset.units.map((unit) => unit.id)
};

describe('the explorer’s state in the address', () => {
	it('reads a date, a date to compare it with and a unit', () => {
		expect(parseExploreState('?date=2022-06&compare=2020-01&unit=wholesale', choices)).toEqual({
			date: '2022-06',
			compare: '2020-01',
			unit: 'wholesale'
		});
	});

	it('round-trips every date, every comparison and every unit', () => {
		for (const date of choices.dates)
			for (const compare of [null, ...choices.dates.filter((d) => d !== date)])
				for (const unit of [null, ...choices.units]) {
					const state = { date, compare, unit };
					expect(parseExploreState(exploreQuery(state, choices), choices)).toEqual(state);
				}
	});

	it('writes nothing for the default view, and only what differs from it otherwise', () => {
		const latest = choices.dates.at(-1)!;
		expect(exploreQuery({ date: latest, compare: null, unit: null }, choices)).toBe('');
		expect(exploreQuery({ date: latest, compare: null, unit: 'wholesale' }, choices)).toBe('?unit=wholesale');
	});

	it('falls back to the default view, value by value, for anything unknown or malformed', () => {
		const latest = choices.dates.at(-1)!;
		const fallback = { date: latest, compare: null, unit: null };
		for (const query of [
			'',
			'?date=2022-13',
			'?date=2022-06-28',
			'?date=%E0%A4%A',
			'?unit=<script>alert(1)</script>',
			'?unit=WHOLESALE',
			'?compare=1999-01',
			'?date=&compare=&unit=',
			'?date=2022&unit=nobody'
		])
			expect(parseExploreState(query, choices), query).toEqual(fallback);
		// A good value survives beside a bad one.
		expect(parseExploreState('?date=2022-06&unit=nobody', choices)).toEqual({ date: '2022-06', compare: null, unit: null });
		// Comparing a date with itself is no comparison.
		expect(parseExploreState('?date=2022-06&compare=2022-06', choices)).toEqual({ date: '2022-06', compare: null, unit: null });
	});
});
