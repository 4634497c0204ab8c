import type { Dataset } from './schema.ts';
import { collectSources } from './check-dataset.ts';
import type { DataProblem } from './errors.ts';

/**
 * Every quote of a dataset checked against the source document it cites (a text file, one paragraph
 * per line): the words must be that line's, exactly. The document stays outside the repository;
 * `npm run check:story -- --article <path>` (or STORY_ARTICLE) names it.
 */
export function checkQuotes(dataset: Dataset, article: string, file: string): { checked: number; problems: DataProblem[] } {
	const lines = article.split(/\r?\n/);
	const quoted = collectSources(dataset).flatMap(({ path, source }) => (source.source === 'article' ? [{ path, source }] : []));
	const problems = quoted
		.filter(({ source }) => !(lines[source.line - 1] ?? '').includes(source.quote))
		.map(({ path, source }) => ({
			file,
			path: `${path}.quote`,
			message: `is not the words of line ${source.line} of the source document: “${source.quote}”`
		}));
	return { checked: quoted.length, problems };
}
