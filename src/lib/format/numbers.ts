export type Lang = 'en' | 'zh';
export type FigureUnit = 'billion' | 'million' | 'percent';

const CURRENCY_WORDS: Record<string, string> = { CNY: 'yuan', USD: 'US dollars', HKD: 'Hong Kong dollars' };

/** Enough decimals to show the figure as reported (31.672, 2.905, 0.384), no trailing zeros. */
function decimalsOf(value: number): number {
	const text = String(Math.abs(value));
	const dot = text.indexOf('.');
	return dot < 0 ? 0 : Math.min(3, text.length - dot - 1);
}

/** Intl's output with a true minus sign (U+2212) in place of the hyphen some locales use. */
function formatWithMinus(format: Intl.NumberFormat, value: number): string {
	return format
		.formatToParts(value)
		.map((part) => (part.type === 'minusSign' ? '\u2212' : part.value))
		.join('');
}

/** 亿 (hundred millions) from a figure in billions or millions. */
function toYi(value: number, unit: 'billion' | 'million'): number {
	return unit === 'billion' ? value * 10 : value / 100;
}

function formatPercent(value: number, lang: Lang): string {
	return formatWithMinus(new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }), value / 100);
}

/**
 * A figure as readers of each edition expect it, via Intl.NumberFormat:
 * English "−2.905 billion yuan", "29%"; Chinese uses 亿 (100 million): "−29.05亿元".
 */
export function formatValue(value: number, unit: FigureUnit, currency: string | null, lang: Lang): string {
	if (unit === 'percent') return formatPercent(value, lang);
	if (lang === 'zh') {
		const yi = toYi(value, unit);
		const digits = Math.max(0, decimalsOf(value) + (unit === 'billion' ? -1 : 2));
		const number = formatWithMinus(new Intl.NumberFormat('zh-CN', { maximumFractionDigits: digits }), yi);
		const suffix = currency === 'CNY' ? '亿元' : currency === 'USD' ? '亿美元' : currency === 'HKD' ? '亿港元' : '亿';
		return `${number}${suffix}`;
	}
	const number = formatWithMinus(new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimalsOf(value), maximumFractionDigits: 3 }), value);
	const words = currency ? ` ${CURRENCY_WORDS[currency] ?? currency}` : '';
	return `${number} ${unit}${words}`;
}

/**
 * The number alone, for a label on a bar or an axis tick whose unit the chart names
 * once ("billion yuan", "亿元"): "−2.905", "29%"; in Chinese "−29.05".
 */
export function formatBarValue(value: number, unit: FigureUnit, lang: Lang, maximumFractionDigits = 3): string {
	const locale = lang === 'zh' ? 'zh-CN' : 'en-GB';
	if (unit === 'percent') return formatPercent(value, lang);
	const shown = lang === 'zh' ? toYi(value, unit) : value;
	const digits = lang === 'zh' ? Math.max(0, Math.min(maximumFractionDigits, decimalsOf(value)) + (unit === 'billion' ? -1 : 2)) : Math.min(maximumFractionDigits, decimalsOf(value));
	return formatWithMinus(new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }), shown);
}
