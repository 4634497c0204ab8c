// `import X from './Thing.svelte?server-only'`: the component when prerendering, null in the
// browser (the serverOnlyImports plugin in vite.config.ts).
declare module '*.svelte?server-only' {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component's props
	const component: import('svelte').Component<any> | null;
	export default component;
}
