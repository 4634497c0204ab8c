declare module 'virtual:story-view' {
	const view: import('$lib/view/build-story-view').StoryView;
	export default view;
}
declare module 'virtual:story-css' {
	const css: string;
	export default css;
}
