import { describe, expect, it } from 'vitest';
import { formatDecimal } from '$lib/format/numbers';
import { formatBarValue, formatValue } from '$lib/i18n/strings';

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

describe('formatBarValue', () => {
	it('gives the number alone for labels on bars', () => {
		expect(formatBarValue(-2.905, 'billion', 'en')).toBe('\u22122.905');
		expect(formatBarValue(-0.384, 'billion', 'en')).toBe('\u22120.384');
		expect(formatBarValue(24.552, 'billion', 'en')).toBe('24.552');
		expect(formatBarValue(49, 'percent', 'en')).toBe('49%');
		expect(formatBarValue(0, 'billion', 'en')).toBe('0');
		expect(formatBarValue(-3, 'billion', 'en')).toBe('\u22123');
	});

	it('writes Chinese bar labels in 亿', () => {
		expect(formatBarValue(31.672, 'billion', 'zh')).toBe('316.72');
		expect(formatBarValue(-2.905, 'billion', 'zh')).toBe('\u221229.05');
	});
});

describe('formatDecimal', () => {
	// It stands in for Intl.NumberFormat in the browser (see numbers.ts): it must write exactly
	// what Intl writes for both editions' locales, apart from the minus sign and "−0".
	const intl = (locale: string, value: number, min: number, max: number) =>
		new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max })
			.formatToParts(value)
			.map((part) => (part.type === 'minusSign' ? '\u2212' : part.value))
			.join('');
	const values = [0, 1, 7, 10, 29, 49.5, 100, 999.95, 1000, 1234.5678, 31672, 316.72, 2.905, 0.384, 0.0005, 1.005, 2.5, 1e6, 123456789.125];
	const digits: [number, number][] = [
		[0, 0],
		[0, 1],
		[0, 2],
		[1, 1],
		[2, 2],
		[3, 3],
		[0, 3],
		[1, 3]
	];

	it('writes what Intl.NumberFormat writes for en-GB and zh-CN', () => {
		for (const locale of ['en-GB', 'zh-CN'])
			for (const magnitude of values)
				for (const value of [magnitude, -magnitude])
					for (const [min, max] of digits) {
						const expected = intl(locale, value, min, max).replace(/^\u22120(\.0*)?$/, '0$1');
						expect(formatDecimal(value, min, max), `${locale} ${value} ${min}-${max}`).toBe(expected);
					}
	});

	it('never writes a minus before zero', () => {
		expect(formatDecimal(-0.0004, 0, 2)).toBe('0');
		expect(formatDecimal(-0, 1, 1)).toBe('0.0');
	});
});

describe('derived figures', () => {
	it('are shown no more precisely than their inputs allow', async () => {
		const { formatDerivedBarValue, formatDerivedValue } = await import('$lib/i18n/strings');
		expect(formatDerivedBarValue(24.552, 'billion', 'en')).toBe('≈24.6');
		expect(formatDerivedBarValue(24.552, 'billion', 'zh')).toBe('约246');
		expect(formatDerivedValue(24.552, 'billion', 'CNY', 'en')).toBe('≈24.6 billion yuan');
		expect(formatDerivedValue(24.552, 'billion', 'CNY', 'zh')).toBe('约246亿元');
	});
});
