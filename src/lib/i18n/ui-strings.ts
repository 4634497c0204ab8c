import { getContext, setContext } from 'svelte';
import type { Lang } from '$lib/format/numbers';

/** The words around the story (not the story itself, which is in data/story.*.aml). */
export interface UiStrings {
	lang: Lang;
	locale: string;
	chartAsText: string;
	source: (lines: number[]) => string;
	nextStep: string;
	chartAnnouncement: (title: string) => string;
	sourcesTitle: string;
	sourceIntro: (reporter: string, publisher: string, published: string, about: string) => string;
	download: string;
	correctionsTitle: string;
	tableItem: string;
	tableValue: string;
	tableSource: string;
	derived: string;
	changesTitle: string;
	stepCounter: (n: number, of: number) => string;
	back: string;
	next: string;
	storyLabel: string;
	stepsLabel: string;
	stepTextLabel: string;
	credit: string;
	date: (iso: string) => string;
}

const longDate = (locale: string) => (iso: string) =>
	new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(iso));

export const UI: Record<Lang, UiStrings> = {
	en: {
		lang: 'en',
		locale: 'en-GB',
		chartAsText: 'Chart as text',
		source: (lines) => `Source: article ¶${lines.join(', ¶')}`,
		nextStep: 'Next step',
		chartAnnouncement: (title) => `Chart: ${title}`,
		sourcesTitle: 'Sources and methods',
		sourceIntro: (reporter, publisher, published, about) =>
			`Source: a report by ${reporter} for ${publisher}, published on or just after ${published}, ${about}. Paragraph numbers (¶) refer to the lines of that report.`,
		download: 'Download the data, every figure and date with its source:',
		correctionsTitle: 'Corrections',
		tableItem: 'Item',
		tableValue: 'Value',
		tableSource: 'Source',
		derived: 'derived',
		changesTitle: 'What changed since the previous chart:',
		stepCounter: (n, of) => `Step ${n} of ${of}`,
		back: '← Back',
		next: 'Next →',
		storyLabel: 'The story, step by step',
		stepsLabel: 'Story steps',
		stepTextLabel: 'The step’s text',
		credit: 'Source',
		date: longDate('en-GB')
	},
	zh: {
		lang: 'zh',
		locale: 'zh-CN',
		chartAsText: '图表文字版',
		source: (lines) => `来源：原文第${lines.join('、')}段`,
		nextStep: '下一步',
		chartAnnouncement: (title) => `图表：${title}`,
		sourcesTitle: '来源与方法',
		sourceIntro: (reporter, publisher, published, about) =>
			`来源：${publisher}记者${reporter}于${published}或稍后发表的报道，${about}。文中“第N段”指该报道的段落序号。`,
		download: '下载数据（每个数字和日期均附来源）：',
		correctionsTitle: '更正',
		tableItem: '项目',
		tableValue: '数值',
		tableSource: '来源',
		derived: '推算',
		changesTitle: '与上一张图相比的变化：',
		stepCounter: (n, of) => `第${n}步，共${of}步`,
		back: '← 上一步',
		next: '下一步 →',
		storyLabel: '分步阅读',
		stepsLabel: '故事步骤',
		stepTextLabel: '本步文字',
		credit: '来源',
		date: longDate('zh-CN')
	}
};

const KEY = Symbol('ui-strings');

/** Called once by the story's root component; every component below reads the same words. */
export function provideUi(lang: Lang): UiStrings {
	return setContext(KEY, UI[lang]);
}

/** The same words for a component mounted on its own (`mount(Component, { context })`). */
export function uiContext(lang: Lang): Map<symbol, UiStrings> {
	return new Map([[KEY, UI[lang]]]);
}

export function useUi(): UiStrings {
	return getContext<UiStrings | undefined>(KEY) ?? UI.en;
}
