/**
 * The browser script of a page that SvelteKit does not hydrate (`csr = false`), built on its
 * own (vite.story.config.ts). Read when the page prerenders, from the manifest of that build:
 * the script's hashed file, the chunks it imports, for <link rel="modulepreload"> (no
 * waterfall of imports), and its stylesheets, each under the site path the files go to.
 *
 * The build writes one stylesheet for every chunk, the lazy ones' included (cssCodeSplit off in
 * vite.story.config.ts), which the manifest names `style.css`: WebKit scrolls back to the element
 * the address's #fragment names whenever a stylesheet added after the page's start finishes
 * loading, and the story writes the reader's step in the fragment as they read.
 */
import { readFileSync } from 'node:fs';

/** Where the manifest names the one stylesheet of a build that does not split its CSS. */
const ONE_STYLESHEET = 'style.css';

interface ManifestChunk {
	file: string;
	imports?: string[];
	css?: string[];
}

export interface PageScript {
	/** Paths under the site's root. */
	src: string;
	preload: string[];
	/** The stylesheets of its components, those of chunks it imports on demand included. */
	css: string[];
}

export function pageScript(entry: string, manifestFile: string, sitePath: string): PageScript {
	let manifest: Record<string, ManifestChunk>;
	try {
		manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
	} catch (error) {
		throw new Error(`${manifestFile}: cannot read the browser build's manifest for ${entry} (${(error as Error).message})`, {
			cause: error
		});
	}
	const chunk = manifest[entry];
	if (!chunk) throw new Error(`${manifestFile}: no entry "${entry}" (is it the input of its build?)`);
	const inSite = (file: string) => `${sitePath}/${file}`;
	const preload = new Set<string>();
	const css = new Set<string>([...(chunk.css ?? []), ...(manifest[ONE_STYLESHEET] ? [manifest[ONE_STYLESHEET].file] : [])].map(inSite));
	const visit = (key: string) => {
		for (const dependency of manifest[key]?.imports ?? []) {
			for (const sheet of manifest[dependency]?.css ?? []) css.add(inSite(sheet));
			const file = manifest[dependency]?.file;
			if (!file || preload.has(inSite(file))) continue;
			preload.add(inSite(file));
			visit(dependency);
		}
	};
	visit(entry);
	return { src: inSite(chunk.file), preload: [...preload], css: [...css] };
}
