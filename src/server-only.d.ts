// `import X from './Thing.svelte?server-only'`: the component when prerendering, null in the
// browser (the serverOnlyImports plugin in vite.config.ts).
declare module '*.svelte?server-only' {
	const component: import('svelte').Component<any> | null;
	export default component;
}
