/**
 * Where the story's content lives, for the build's early data check (vite-plugins.ts) and for
 * loading it when pages prerender (load-story.ts). Relative imports only: the Vite config reads it.
 */
import type { Lang } from '../i18n/lang.ts';

export const DATASET_FILE = 'data/dataset.json';

/** An edition's copy. */
export const storyFile = (lang: Lang) => `data/story.${lang}.aml`;
