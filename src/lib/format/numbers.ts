export type Lang = 'en' | 'zh';
export type FigureUnit = 'billion' | 'million' | 'percent';

const CURRENCY_WORDS: Record<string, string> = { CNY: 'yuan', USD: 'US dollars', HKD: 'Hong Kong dollars' };

/** Enough decimals to show the figure as reported (31.672, 2.905, 0.384), no trailing zeros. */
function decimalsOf(value: number): number {
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
 * fall right where the bars first appear. tests/unit/numbers.test.ts checks it against Intl.
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
function toYi(value: number, unit: 'billion' | 'million'): number {
	return unit === 'billion' ? value * 10 : value / 100;
}

function formatPercent(value: number): string {
	return `${formatDecimal(value, 0, 1)}%`;
}

/**
 * A figure as readers of each edition expect it:
 * English "−2.905 billion yuan", "29%"; Chinese uses 亿 (100 million): "−29.05亿元".
 */
export function formatValue(value: number, unit: FigureUnit, currency: string | null, lang: Lang): string {
	if (unit === 'percent') return formatPercent(value);
	if (lang === 'zh') {
		const yi = toYi(value, unit);
		const digits = Math.max(0, decimalsOf(value) + (unit === 'billion' ? -1 : 2));
		const number = formatDecimal(yi, 0, digits);
		const suffix = currency === 'CNY' ? '亿元' : currency === 'USD' ? '亿美元' : currency === 'HKD' ? '亿港元' : '亿';
		return `${number}${suffix}`;
	}
	const number = formatDecimal(value, decimalsOf(value), 3);
	const words = currency ? ` ${CURRENCY_WORDS[currency] ?? currency}` : '';
	return `${number} ${unit}${words}`;
}

/**
 * The number alone, for a label on a bar or an axis tick whose unit the chart names
 * once ("billion yuan", "亿元"): "−2.905", "29%"; in Chinese "−29.05".
 */
export function formatBarValue(value: number, unit: FigureUnit, lang: Lang, maximumFractionDigits = 3): string {
	if (unit === 'percent') return formatPercent(value);
	const shown = lang === 'zh' ? toYi(value, unit) : value;
	const digits =
		lang === 'zh'
			? Math.max(0, Math.min(maximumFractionDigits, decimalsOf(value)) + (unit === 'billion' ? -1 : 2))
			: Math.min(maximumFractionDigits, decimalsOf(value));
	return formatDecimal(shown, digits, digits);
}

/**
 * A derived figure, shown no more precisely than its inputs allow (a rate rounded to a whole
 * percent leaves the third decimal meaningless): "≈24.6"; in Chinese "约246".
 */
export function formatDerivedBarValue(value: number, unit: FigureUnit, lang: Lang): string {
	return `${lang === 'zh' ? '约' : '≈'}${formatBarValue(value, unit, lang, 1)}`;
}

/** The same for a full figure: "≈24.6 billion yuan", "约246亿元". */
export function formatDerivedValue(value: number, unit: FigureUnit, currency: string | null, lang: Lang): string {
	const rounded = unit === 'percent' ? value : Math.round(value * 10) / 10;
	return `${lang === 'zh' ? '约' : '≈'}${formatValue(rounded, unit, currency, lang)}`;
}
