import { describe, expect, it } from 'vitest';
import { compareLinks } from '$lib/explore/compare';
import { fixture } from '../fixture-story';

// The fixture's history: shops and online merge into the Retail Group (2024), which merges into
// Larkspur Direct (2025), which also takes over the wholesale unit (moved, created in 2022).
const story = fixture.dataset;

describe('the links between two compared trees', () => {
	it('link each unit the recorded changes moved to itself, and each merged unit to where it ended up', () => {
		const links = compareLinks(story, '2022', '2025');
		expect(links).toContainEqual({ kind: 'merged', from: 'shops', to: 'direct' });
		expect(links).toContainEqual({ kind: 'merged', from: 'online', to: 'direct' });
		expect(links).toContainEqual({ kind: 'moved', from: 'wholesale', to: 'wholesale' });
		// The Retail Group, absent in 2022, moved too, but has nothing to link from.
		expect(links.map((link) => link.from)).not.toContain('retail-group');
		// The wholesale unit did not exist in 2020: nothing links from it then.
		expect(compareLinks(story, '2020', '2025').map((link) => link.from)).not.toContain('wholesale');
	});

	it('follow a merger through the states between, only as far as the later date', () => {
		expect(compareLinks(story, '2020', '2025')).toContainEqual({ kind: 'merged', from: 'shops', to: 'direct' });
		expect(compareLinks(story, '2020', '2024')).toContainEqual({ kind: 'merged', from: 'shops', to: 'retail-group' });
		expect(compareLinks(story, '2024', '2025')).toEqual([
			{ kind: 'merged', from: 'retail-group', to: 'direct' },
			{ kind: 'moved', from: 'wholesale', to: 'wholesale' }
		]);
	});

	it('are the same in either order, and none for a state with itself, an unknown state or no recorded changes', () => {
		expect(compareLinks(story, '2025', '2020')).toEqual(compareLinks(story, '2020', '2025'));
		expect(compareLinks(story, '2024', '2024')).toEqual([]);
		expect(compareLinks(story, 'no-such-state', '2024')).toEqual([]);
		// Between 2020 and 2022 only a unit was created: nothing existing moved or merged.
		expect(compareLinks(story, '2020', '2022')).toEqual([]);
		const withoutChanges = { ...story, orgStates: story.orgStates.map((state) => ({ ...state, changes: [] })) };
		expect(compareLinks(withoutChanges, '2020', '2025')).toEqual([]);
	});
});
