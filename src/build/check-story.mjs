// `npm run check:story [-- --article <path>]`: the story's content (STORY, or the one story in
// data/) checked in seconds, without a build: every error and warning, grouped by file, with line
// and column. The quotes are checked against the source document when its path is given
// (`--article`, or STORY_ARTICLE): it lives outside the repository. Exits 1 on any error.
// `npm run build` runs it first, so bad content fails before anything is built.
import { existsSync } from 'node:fs';
import { runnerImport } from 'vite';

const argAt = process.argv.indexOf('--article');
const article = argAt > 0 ? process.argv[argAt + 1] : process.env.STORY_ARTICLE;
if (article && !existsSync(article)) {
	console.error(`check:story: no source document at ${article}`);
	process.exit(2);
}

// The checks are the site's own TypeScript (src/lib/data/), run through Vite's module runner.
const { module: data } = await runnerImport('/src/lib/data/story-folder.ts', { configFile: false, logLevel: 'error' });
const { module: check } = await runnerImport('/src/lib/data/check-story.ts', { configFile: false, logLevel: 'error' });
const folder = data.storyFolder();
const { errors, warnings, quotes } = check.checkStory(folder, article);

/** Problems under their file's name, each as `line:column  path: message`. */
function print(problems, kind) {
	const files = [...new Set(problems.map((p) => p.file))];
	for (const file of files) {
		console.error(`\n${file}`);
		for (const p of problems.filter((q) => q.file === file)) {
			const where = p.line === undefined ? '' : `${p.line}:${p.column ?? 1}  `;
			console.error(`  ${kind} ${where}${p.label ?? (p.path || '(file)')}: ${p.message}`);
		}
	}
}
print(errors, 'error  ');
print(warnings, 'warning');
const quoteNote = quotes === null ? 'quotes not checked (give --article <path> or STORY_ARTICLE)' : `${quotes} quotes checked against ${article}`;
const summary = `${folder}: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}; ${quoteNote}`;
(errors.length ? console.error : console.log)(`${errors.length || warnings.length ? "\n" : ""}${summary}`);
process.exit(errors.length ? 1 : 0);
