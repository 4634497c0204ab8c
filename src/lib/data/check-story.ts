import { readFileSync } from 'node:fs';
import { checkStoryFolder, copyFile, datasetFile, readStoryFolder } from './story-folder.ts';
import { checkQuotes } from './check-quotes.ts';
import { cardWarnings } from './card-warnings.ts';
import { locateInCopy, locateInJson } from './locate.ts';
import type { DataProblem } from './errors.ts';

export interface StoryCheck {
	errors: DataProblem[];
	warnings: DataProblem[];
	/** Quotes checked against the source document, if one was given. */
	quotes: number | null;
}

/**
 * Everything `npm run check:story` (and so `npm run build`, first) checks of a story's folder: the
 * errors (schema, references, editions in step, figures' digits, quotes against the source document
 * when given) and the warnings (cards too tall for a phone). No build, no browser.
 */
export function checkStory(folder: string, articlePath?: string): StoryCheck {
	const errors = checkStoryFolder(folder);
	if (errors.length) return { errors, warnings: [], quotes: null };
	const story = readStoryFolder(folder);
	const warnings = Object.entries(story.copies).flatMap(([lang, copy]) => {
		const file = copyFile(folder, lang as never);
		return locateInCopy(cardWarnings(copy!, file), readFileSync(file, 'utf8'));
	});
	if (!articlePath) return { errors, warnings, quotes: null };
	const file = datasetFile(folder);
	const { checked, problems } = checkQuotes(story.dataset, readFileSync(articlePath, 'utf8'), file);
	return { errors: locateInJson(problems, readFileSync(file, 'utf8')), warnings, quotes: checked };
}
