import type { ExploreStrings } from './strings.ts';

/** The explorer's words in Simplified Chinese: loaded with the explorer, never with the story. */
export const strings: ExploreStrings = {
	title: '按日期查看',
	intro:
		'选择一个日期，查看当时的组织架构；再选一个日期，可将两者对照。选择一个业务单元，可查看它的沿革。每一条信息都来自本数据集中注明日期和来源的事件。',
	openPage: '在单独页面中打开',
	tableThere: '（未启用JavaScript时，该页为各单元在各日期的表格）',
	backToStory: '返回正文',
	eventsKey: '数据集中的一个事件（上一个日期以来的事件列在架构图下方）',
	dateLegend: '显示日期',
	compareLegend: '对照日期',
	noCompare: '不对照',
	eventsHeading: (position) =>
		position === 'first' ? '截至此时的事件' : position === 'last' ? '上一个日期以来的事件' : '上一个日期之后、截至此时的事件',
	noEvents: '本数据集在这一时段没有记录事件。',
	unitsLegend: '业务单元：选择一个查看沿革',
	historyTitle: (unit) => `${unit}的沿革`,
	noHistory: '本数据集没有记录改变这一单元的事件。',
	placementsTitle: '隶属关系与负责人',
	under: (parent) => `隶属${parent}`,
	atTop: '最高层级',
	absentMark: '“–”表示该日期的图中未显示。',
	notShown: '本图未显示',
	mergedInto: (unit) => `已并入${unit}`,
	showing: (label) => `正在显示${label}。`,
	comparing: (a, b, linked) => `正在对照${a}与${b}：${linked}个单元调整或合并，已用连线标出。`,
	linksTitle: (a, b) => `${a}至${b}之间调整或合并的单元（据事件记录）`,
	noLinks: '这两个日期之间没有记录到单元调整或合并。',
	linkMoved: (unit) => `${unit}调整隶属`,
	linkMerged: (unit, into) => `${unit}并入${into}`,
	showTree: '显示的架构图',
	treeAsText: '架构图文字版',
	tableSummary: '各单元在各日期的情况（表格）',
	tableCaption: '各单元在各日期的隶属关系与负责人',
	unitColumn: '单元',
	sourcesOfTable: '表格来源'
};
