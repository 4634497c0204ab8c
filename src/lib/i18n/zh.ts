import type { Strings, ViewStrings } from './strings.ts';
import { LOCALES } from './lang.ts';
import { decimalsOf, formatDecimal, formatPercent, longDate, toYi } from '../format/numbers.ts';

const CURRENCY_SUFFIX: Record<string, string> = { CNY: '亿元', USD: '亿美元', HKD: '亿港元' };

/** Simplified Chinese: every word of the interface, and how numbers (in 亿) and sources are written. */
export const strings: Strings = {
	lang: 'zh',
	locale: LOCALES.zh,
	ogLocale: 'zh_CN',
	script: 'Hans',
	cardFonts: 'DejaVu Sans, Noto Sans CJK SC, WenQuanYi Zen Hei, Arial, sans-serif',
	editionName: '中文版',
	otherEditions: '其他语言版本',
	colon: '：',
	comma: '，',
	stop: '。',

	chartAsText: '图表文字版',
	sameChartText: (kicker) => `与“${kicker}”一步的图表相同，文字版见该处。`,
	source: (lines, background) => `来源：原文第${lines.join('、')}段${background ? `；背景资料：${background}` : ''}`,
	nextStep: '下一步',
	chartAnnouncement: (title) => `图表：${title}`,
	sourcesTitle: '来源与方法',
	sourceIntro: (reporter, publisher, published, about) =>
		`来源：${publisher}记者${reporter}的报道（发表于${published}或稍后），${about}。文中“第N段”即该报道的段落序号。`,
	download: '下载数据（每个数字和日期均附来源）：',
	formats: { json: 'JSON', csv: 'CSV' },
	correctionsTitle: '更正',
	tableItem: '项目',
	tableValue: '数值',
	tableSource: '来源',
	derived: '推算',
	changesTitle: (previous) => `与上一个日期（${previous}）相比的变化：`,
	stepCounter: (n, of) => `第${n}步，共${of}步`,
	back: '← 上一步',
	next: '下一步 →',
	storyLabel: '分步阅读',
	stepsLabel: '故事步骤',
	stepTextLabel: '本步文字',
	credit: '来源',
	date: longDate('zh-CN'),

	figure(value, unit, currency) {
		if (unit === 'percent') return formatPercent(value);
		const digits = Math.max(0, decimalsOf(value) + (unit === 'billion' ? -1 : 2));
		return `${formatDecimal(toYi(value, unit), 0, digits)}${currency ? (CURRENCY_SUFFIX[currency] ?? '亿') : '亿'}`;
	},
	barNumber(value, unit, maximumFractionDigits) {
		if (unit === 'percent') return formatPercent(value);
		const digits = Math.max(0, Math.min(maximumFractionDigits, decimalsOf(value)) + (unit === 'billion' ? -1 : 2));
		return formatDecimal(toYi(value, unit), digits, digits);
	},
	approx: '约',
	derivedTag: '（推算）'
};

/** What the build writes into chart views in this language. */
export const viewStrings: ViewStrings = {
	cite: {
		article: (line) => `原文第${line}段`,
		// The quoted words are the English translation's, in both editions.
		quote: (quote) => `英文译本：“${quote}”`,
		background: '背景资料',
		derived: '推算'
	},
	barSources: {
		report: (publisher, lines, dataBy) =>
			`来源：${dataBy ? `${dataBy}，据` : ''}${publisher}报道${lines.length ? `，第${lines.join('、')}段` : ''}。`,
		derived: (label, formula) => `${label}：推算值，${formula}。`,
		background: (label, note) => `${label}：${note}`,
		separator: ''
	},
	alsoAbout: (label, value, about) => `${label}：${value}约合${about}。`,
	monthLabel: (month) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`,
	timelineMonth: (month, line) => (line === 0 ? `${month.slice(0, 4)}年` : `${Number(month.slice(5, 7))}月`),
	eventDate: (date) => {
		const [year, month, day] = date.split('-').map(Number);
		return `${year}年${month}月${day ? `${day}日` : ''}`;
	},
	badges: { new: '新设', moved: '调整' },
	changes: {
		list: (names) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join('、')}和${names.at(-1)}`),
		formed: (unit, parts) => `新设：${unit}，由${parts}整合而成。`,
		added: (unit, parent) => `新增：${unit}，隶属${parent}。`,
		moved: (unit, from, to) => `${unit}从${from}划入${to}。`,
		merged: (unit, into) => `${unit}并入${into}。`,
		appointed: (person, role, unit) => `${person}出任${unit}${role}。`,
		left: (person, unit) => `${person}不再执掌${unit}。`
	}
};
