import { describe, expect, it } from 'vitest';
import { chromeInsets, hostInsets, statedInsets, statedOffset } from '$lib/embed/host-chrome';

const addressInsets = (search: string, height: number) => statedInsets((name) => new URLSearchParams(search).get(name), height);

const phone = { width: 390, height: 844 };

describe('offsets a host states in its embed code', () => {
	it('are CSS pixels, with or without "px"', () => {
		expect(statedOffset('56', 844)).toBe(56);
		expect(statedOffset(' 56px ', 844)).toBe(56);
		expect(statedOffset('0', 844)).toBe(0);
		expect(statedOffset('12.5', 844)).toBe(12.5);
	});

	it('are ignored when negative, huge, not numbers or missing', () => {
		for (const bad of ['-56', '5000', '1e3', 'NaN', 'Infinity', 'abc', '56em', '', null, undefined, '3px 4px'])
			expect(statedOffset(bad, 844), String(bad)).toBeNull();
		// More than 40% of the viewport is content, not chrome.
		expect(statedOffset('400', 844)).toBeNull();
	});
});

describe('the host chrome along the viewport’s edges', () => {
	it('counts a sticky header at the top and an anchored ad at the bottom', () => {
		const header = { top: 0, bottom: 56, left: 0, right: 390 };
		const ad = { top: 794, bottom: 844, left: 0, right: 390 };
		expect(chromeInsets([header, ad], phone)).toEqual({ top: 56, bottom: 50 });
	});

	it('counts what is left of a header sliding out of view, and nothing once it is gone', () => {
		expect(chromeInsets([{ top: -30, bottom: 26, left: 0, right: 390 }], phone)).toEqual({ top: 26, bottom: 0 });
		expect(chromeInsets([{ top: -56, bottom: 0, left: 0, right: 390 }], phone)).toEqual({ top: 0, bottom: 0 });
	});

	it('leaves out a floating button, an element in mid-screen and one too tall to be chrome', () => {
		const button = { top: 780, bottom: 836, left: 320, right: 380 };
		const middle = { top: 300, bottom: 360, left: 0, right: 390 };
		const overlay = { top: 0, bottom: 844, left: 0, right: 390 };
		expect(chromeInsets([button, middle, overlay], phone)).toEqual({ top: 0, bottom: 0 });
	});

	it('takes the stated offsets over the detected ones, edge by edge', () => {
		expect(hostInsets({ top: 80, bottom: null }, { top: 56, bottom: 50 })).toEqual({ top: 80, bottom: 50 });
		expect(hostInsets({ top: null, bottom: 0 }, { top: 56, bottom: 50 })).toEqual({ top: 56, bottom: 0 });
	});
});

describe('offsets a pym.js host states in the frame’s address', () => {
	it('are read as the loader reads its data attributes, bad ones as none', () => {
		expect(addressInsets('?mode=feed&offset-top=56&offset-bottom=50', 844)).toEqual({ top: 56, bottom: 50 });
		expect(addressInsets('?mode=feed&offset-top=56px', 844)).toEqual({ top: 56, bottom: 0 });
		expect(addressInsets('?mode=feed&offset-top=-10&offset-bottom=5000', 844)).toEqual({ top: 0, bottom: 0 });
		expect(addressInsets('?childId=story&offset-top=abc', 844)).toEqual({ top: 0, bottom: 0 });
		expect(addressInsets('', 844)).toEqual({ top: 0, bottom: 0 });
	});
});
