declare module 'virtual:story-css' {
	const css: string;
	export default css;
}
