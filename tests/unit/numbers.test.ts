import { describe, expect, it } from 'vitest';
import { formatValue } from '$lib/format/numbers';

describe('formatValue', () => {
	it('writes English figures as reported, with a true minus sign', () => {
		expect(formatValue(31.672, 'billion', 'CNY', 'en')).toBe('31.672 billion yuan');
		expect(formatValue(-2.905, 'billion', 'CNY', 'en')).toBe('\u22122.905 billion yuan');
		expect(formatValue(-0.384, 'billion', 'CNY', 'en')).toBe('\u22120.384 billion yuan');
		expect(formatValue(4.513, 'billion', 'USD', 'en')).toBe('4.513 billion US dollars');
		expect(formatValue(700, 'million', null, 'en')).toBe('700 million');
	});

	it('writes percentages', () => {
		expect(formatValue(29, 'percent', null, 'en')).toBe('29%');
		expect(formatValue(89, 'percent', null, 'zh')).toBe('89%');
	});

	it('writes Chinese figures in 亿 (hundred millions)', () => {
		expect(formatValue(31.672, 'billion', 'CNY', 'zh')).toBe('316.72亿元');
		expect(formatValue(-2.905, 'billion', 'CNY', 'zh')).toBe('\u221229.05亿元');
		expect(formatValue(-0.384, 'billion', 'CNY', 'zh')).toBe('\u22123.84亿元');
		expect(formatValue(700, 'million', null, 'zh')).toBe('7亿');
	});
});
