/**
 * The browser script of a page that SvelteKit does not hydrate (`csr = false`), built as an
 * extra entry of SvelteKit's browser build (pageScripts in vite.config.ts). Read when the page
 * prerenders, from the manifest of that build: the script's hashed file, the chunks it
 * imports, for <link rel="modulepreload"> (no waterfall of imports), and their stylesheets.
 */
import { readFileSync } from 'node:fs';

const MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

interface ManifestChunk {
	file: string;
	imports?: string[];
	css?: string[];
}

export interface PageScript {
	/** Paths under the site's root. */
	src: string;
	preload: string[];
	/** The stylesheets of its components (chunks it imports on demand bring their own). */
	css: string[];
}

export function pageScript(entry: string, manifestFile = MANIFEST): PageScript {
	let manifest: Record<string, ManifestChunk>;
	try {
		manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
	} catch (error) {
		throw new Error(`${manifestFile}: cannot read the browser build's manifest for ${entry} (${(error as Error).message})`, {
			cause: error
		});
	}
	const chunk = manifest[entry];
	if (!chunk) throw new Error(`${manifestFile}: no entry "${entry}" (is it listed in pageScripts in vite.config.ts?)`);
	const preload = new Set<string>();
	const css = new Set<string>(chunk.css);
	const visit = (key: string) => {
		for (const dependency of manifest[key]?.imports ?? []) {
			for (const sheet of manifest[dependency]?.css ?? []) css.add(sheet);
			const file = manifest[dependency]?.file;
			if (!file || preload.has(file)) continue;
			preload.add(file);
			visit(dependency);
		}
	};
	visit(entry);
	return { src: chunk.file, preload: [...preload], css: [...css] };
}
