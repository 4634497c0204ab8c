export type FigureUnit = 'billion' | 'million' | 'percent';

/** Enough decimals to show the figure as reported (31.672, 2.905, 0.384), no trailing zeros. */
export function decimalsOf(value: number): number {
	const text = String(Math.abs(value));
	const dot = text.indexOf('.');
	return dot < 0 ? 0 : Math.min(3, text.length - dot - 1);
}

/**
 * `value` (≥ 0) with `digits` decimals, rounded as Intl rounds: half away from zero, on the
 * shortest decimal that reads back as the number ("2.905", not toFixed's binary 2.90499…).
 */
function roundHalfExpand(value: number, digits: number): string {
	const text = String(value);
	if (text.includes('e')) return value.toFixed(digits);
	const [whole = '0', fraction = ''] = text.split('.');
	const roundUp = fraction.length > digits && fraction.charCodeAt(digits) >= 53; // '5'..'9'
	const scaled = (BigInt(whole + fraction.slice(0, digits).padEnd(digits, '0')) + (roundUp ? 1n : 0n)).toString().padStart(digits + 1, '0');
	return digits ? `${scaled.slice(0, -digits)}.${scaled.slice(-digits)}` : scaled;
}

/**
 * A number as Intl.NumberFormat writes it for en-GB and zh-CN (both group thousands with "," and
 * use "." for decimals), with a true minus sign (U+2212), and never "−0". Not Intl itself: its
 * first use in a page loads locale data, tens of milliseconds on a slow phone, and it would
 * fall right where the bars first appear. tests/unit/format/numbers.test.ts checks it against Intl.
 */
export function formatDecimal(value: number, minimumFractionDigits: number, maximumFractionDigits: number): string {
	const [whole = '0', fixed = ''] = roundHalfExpand(Math.abs(value), maximumFractionDigits).split('.');
	let fraction = fixed;
	while (fraction.length > minimumFractionDigits && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	const zero = /^[0.]*$/.test(whole + fraction);
	return `${value < 0 && !zero ? '\u2212' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** 亿 (hundred millions) from a figure in billions or millions. */
export function toYi(value: number, unit: 'billion' | 'million'): number {
	return unit === 'billion' ? value * 10 : value / 100;
}

export function formatPercent(value: number): string {
	return `${formatDecimal(value, 0, 1)}%`;
}

/** A date as an edition writes it in full: "21 November 2024", "2024年11月21日". */
export const longDate = (locale: string) => (iso: string) =>
	new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));
