/**
 * The Vite plugins of the builds (vite.config.ts: the site and `vite dev`; vite.element.config.ts:
 * the custom element; the story page's and the loader's builds use storySettings). What each is
 * for: src/build/README.md.
 */
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { visualizer } from 'rollup-plugin-visualizer';
import { checkStoryFolder, readSettings, readStoryFolder, settingsFile, storyFolder } from '../lib/data/story-folder.ts';
import { DataError, formatProblem, type DataProblem } from '../lib/data/errors.ts';
import { DESK_PATH, deskArticle, deskPage } from './desk-preview.ts';
import { BUILD_DIR } from './build-dir.js';
import { STORY_VIEW_SCRIPT, storyViewScript } from '../element/story-view-script.ts';

/**
 * Validates the story's settings, dataset and copy before anything is built, so bad data stops
 * `npm run build` at once with only the list of problems (file, path, fault).
 */
export function validateStoryData(): Plugin {
	return {
		name: 'validate-story-data',
		apply: 'build',
		buildStart() {
			try {
				readStoryFolder(storyFolder());
			} catch (error) {
				this.error((error as Error).message);
			}
		}
	};
}

/**
 * `vite dev` for editors: the story's content files are watched, and saving one reloads the open
 * page (the browser keeps the reader's scroll position, so they stay on their step). A mistake
 * shows in the browser as a page listing the problems (file:line:column, the step or figure by
 * id, what is wrong), which reloads by itself once the file is fixed; the terminal prints the
 * same lines, without a stack. A mistake in one edition's copy leaves the other edition readable.
 * The desk preview (desk-preview.ts) is at /__desk/.
 */
export function storyContentInDev(): Plugin {
	return {
		name: 'story-content-in-dev',
		apply: 'serve',
		configureServer(server) {
			const folder = storyFolder();
			const root = resolve(folder);
			let reported = '';
			const report = () => {
				const problems = checkStoryFolder(folder);
				const lines = problems.map(formatProblem).join('\n');
				if (lines === reported) return;
				reported = lines;
				if (problems.length) server.config.logger.error(`The story's content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines}`);
				else server.config.logger.info(`The story's content checks out (${folder})`);
			};
			server.watcher.add(root);
			for (const event of ['add', 'change', 'unlink'] as const)
				server.watcher.on(event, (file) => {
					if (!resolve(file).startsWith(root + sep)) return;
					report();
					server.ws.send({ type: 'full-reload', path: '*' });
				});
			server.middlewares.use((req, res, next) => {
				if (req.method !== 'GET' || !req.headers.accept?.includes('text/html')) return next();
				let problems: DataProblem[];
				if (req.url?.split('?')[0] === DESK_PATH) {
					try {
						res.setHeader('Content-Type', 'text/html; charset=utf-8');
						return res.end(deskPage(folder, deskArticle()));
					} catch (error) {
						if (!(error instanceof DataError)) throw error;
						problems = error.problems;
						res.statusCode = 500;
						return res.end(problemsPage(problems));
					}
				}
				try {
					// The edition the page is in: its code as the first segment of the address (after embed/), else the first edition.
					const editions = readSettings(folder).editions;
					const segments = (req.url ?? '/').split(/[?#]/)[0]!.split('/').filter(Boolean);
					const code = segments[0] === 'embed' ? segments[1] : segments[0];
					readStoryFolder(folder, [editions.find((lang) => lang === code) ?? editions[0]!]);
					return next();
				} catch (error) {
					if (!(error instanceof DataError)) return next();
					problems = error.problems;
				}
				report();
				res.statusCode = 500;
				res.setHeader('Content-Type', 'text/html; charset=utf-8');
				res.end(problemsPage(problems));
			});
		}
	};
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The page an editor sees in `vite dev` while the content has a mistake: one line per problem. Vite's client reloads it. */
function problemsPage(problems: readonly DataProblem[]): string {
	const items = problems
		.map((p) => {
			const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
			return `<li><code class="where">${escapeHtml(where)}</code> <code>${escapeHtml(p.label ?? (p.path || '(file)'))}</code><br>${escapeHtml(p.message)}</li>`;
		})
		.join('\n');
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story content: ${problems.length} problem${problems.length === 1 ? '' : 's'}</title>
<link rel="icon" href="data:,">
<script type="module" src="/@vite/client"></script>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem;color:#1a1a1a}h1{font-size:1.4rem;color:#a3200f}li{margin:0 0 1rem}code{font-size:.95em}.where{font-weight:bold}</style></head>
<body data-story-problems="${problems.length}"><h1>The story's content has ${problems.length} problem${problems.length === 1 ? '' : 's'}</h1>
<ol>${items}</ol><p>Fix the file and save it: this page reloads by itself.</p></body></html>`;
}

/**
 * `import settings from 'virtual:story-settings'` (or `{ embedName }`): the settings of the story being built
 * (story.json), for the code in the browser that names things after the story (the embed
 * protocol, the loader, the custom element). Every build includes it.
 */
export function storySettings(): Plugin {
	const ID = 'virtual:story-settings';
	return {
		name: 'story-settings',
		resolveId: (id) => (id === ID ? `\0${ID}` : null),
		load(id) {
			if (id !== `\0${ID}`) return null;
			const folder = storyFolder();
			this.addWatchFile(settingsFile(folder));
			const settings = readSettings(folder);
			// The embed protocol's name also on its own: the loader then carries none of the other settings.
			return `export const embedName = ${JSON.stringify(settings.embedName)};\nexport default ${JSON.stringify(settings)};`;
		}
	};
}

/**
 * `import X from './Module.svelte?server-only'`: the module in the server build (prerendering),
 * `null` in the browser build, so code that only prerenders (e.g. <noscript> contents) costs
 * readers nothing. Shared with the custom element's build.
 */
export function serverOnlyImports(): Plugin {
	const STUB = '\0server-only-stub';
	return {
		name: 'server-only-imports',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!source.endsWith('?server-only')) return null;
			if (!options?.ssr) return STUB;
			return this.resolve(source.slice(0, -'?server-only'.length), importer, { ...options, skipSelf: true });
		},
		load(id) {
			return id === STUB ? 'export default null;' : null;
		}
	};
}

/** `BUNDLE_REPORT=1 npm run build` writes what is in a browser bundle to bundle-report/<name>.html (and .json). */
export const bundleReport = (name: string): Plugin[] =>
	process.env.BUNDLE_REPORT
		? [
				visualizer({ filename: `bundle-report/${name}.html`, template: 'treemap', gzipSize: true, brotliSize: false }) as Plugin,
				visualizer({ filename: `bundle-report/${name}.json`, template: 'raw-data', gzipSize: true }) as Plugin
			]
		: [];

const CSS_PLACEHOLDER = '__STORY_ELEMENT_CSS__';
const WITHOUT_LANGUAGE = '\0story-element-without-strings:';
const storyView = () => JSON.parse(readFileSync(join(BUILD_DIR, 'story-view.json'), 'utf8'));
/** The language of the edition the custom element shows. */
const elementLanguage = (): string => storyView().copy.lang;

export function storyElementModules(): Plugin[] {
	// The element shows one edition, the one its data was prerendered in (story-view.json): the
	// other languages' strings stay out of it (strings.ts imports one module per language). Before
	// Vite's own resolver, which would otherwise resolve them first.
	const oneLanguage: Plugin = {
		name: 'story-element-one-language',
		enforce: 'pre',
		resolveId(id, importer) {
			const language = /^\.\/([a-z]+)\.ts$/.exec(id)?.[1];
			if (language && importer?.replaceAll('\\', '/').endsWith('/src/lib/i18n/strings.ts') && language !== elementLanguage())
				return `${WITHOUT_LANGUAGE}${language}`;
			return null;
		},
		load(id) {
			return id.startsWith(WITHOUT_LANGUAGE) ? 'export const strings = undefined;\nexport const viewStrings = undefined;' : null;
		}
	};
	const foldedCss: Plugin = {
		name: 'story-element-modules',
		// After Vite's CSS plugin, so the stylesheet it emits is there to fold in.
		enforce: 'post',
		resolveId(id) {
			return id === 'virtual:story-css' ? `\0${id}` : null;
		},
		load(id) {
			return id === '\0virtual:story-css' ? `export default ${JSON.stringify(CSS_PLACEHOLDER)};` : null;
		},
		generateBundle(_, bundle) {
			const cssFiles = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
			const css = cssFiles.map((file) => (file.type === 'asset' ? String(file.source) : '')).join('\n');
			for (const file of cssFiles) delete bundle[file.fileName];
			for (const chunk of Object.values(bundle)) {
				// The minifier may have requoted the placeholder with ' or `.
				if (chunk.type === 'chunk') chunk.code = chunk.code.replace(new RegExp(`(["'\`])${CSS_PLACEHOLDER}\\1`), () => JSON.stringify(css));
			}
			if (!css || Object.values(bundle).some((c) => c.type === 'chunk' && c.code.includes(CSS_PLACEHOLDER))) {
				this.error('the components’ CSS was not folded into the custom element');
			}
			// The story's data, from the prerendered build/story-view.json, as a script of its own (story-view-script.ts).
			const json = JSON.stringify(storyView());
			this.emitFile({ type: 'asset', fileName: STORY_VIEW_SCRIPT, source: storyViewScript(readSettings(storyFolder()).slug, json) });
		}
	};
	return [oneLanguage, foldedCss];
}
