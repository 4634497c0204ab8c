import { describe, expect, it } from 'vitest';
import { compareLinks } from '$lib/explore/compare';
import { readStoryFolder, storyFolder } from '$lib/data/story-folder';

const alibaba = readStoryFolder(storyFolder('alibaba')).dataset;
const larkspur = readStoryFolder(storyFolder('tests/fixtures/stories/larkspur')).dataset;

describe('the links between two compared trees', () => {
	it('link each unit the recorded changes moved, and each merged unit to where it ended up', () => {
		const links = compareLinks(alibaba, '2021', '2024');
		expect(links).toContainEqual({ kind: 'merged', from: 'china-digital-commerce', to: 'taotian' });
		expect(links).toContainEqual({ kind: 'merged', from: 'overseas-digital-commerce', to: 'aidc' });
		expect(links).toContainEqual({ kind: 'moved', from: '1688', to: '1688' });
		// Units absent from December 2021 (Taotian, AIDC, Xianyu) moved too, but have nothing to link from.
		expect(links.map((link) => link.from)).not.toContain('taotian');
	});

	it('follow a merger through the states between', () => {
		// The Taobao series merged into China Digital Commerce (2021), which merged into Taotian (2023).
		expect(compareLinks(alibaba, 'pre-2021', '2023')).toContainEqual({ kind: 'merged', from: 'taobao-series', to: 'taotian' });
		// The B series was split between the two sectors by two moves, not merged: no merger link.
		expect(compareLinks(alibaba, 'pre-2021', '2023').filter((link) => link.from === 'b-series')).toEqual([]);
	});

	it('are the same in either order, and none for a state with itself or without recorded changes', () => {
		expect(compareLinks(alibaba, '2024', '2021')).toEqual(compareLinks(alibaba, '2021', '2024'));
		expect(compareLinks(alibaba, '2023', '2023')).toEqual([]);
		// Between September and December 2023 only 1688 and Xianyu moved (out of Taotian, 16 November 2023).
		expect(
			compareLinks(alibaba, '2023-09', '2023-late')
				.map((link) => link.from)
				.sort()
		).toEqual(['1688', 'xianyu']);
		expect(compareLinks(alibaba, 'no-such-state', '2023')).toEqual([]);
		const [first, last] = [larkspur.orgStates[0]!.id, larkspur.orgStates.at(-1)!.id];
		const withoutChanges = { ...larkspur, orgStates: larkspur.orgStates.map((state) => ({ ...state, changes: [] })) };
		expect(compareLinks(withoutChanges, first, last)).toEqual([]);
	});
});
