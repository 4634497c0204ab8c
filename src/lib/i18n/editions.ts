import { isLang, SOURCE_LANG, type Lang } from './lang';

/** The language of a page from its route's optional `[[lang=edition]]` segment. */
export const langOf = (param: string | undefined): Lang => (isLang(param) ? param : SOURCE_LANG);

/** An edition's path under a base: '' for the source language, 'zh/' for the others. */
export const editionPath = (lang: Lang): string => (lang === SOURCE_LANG ? '' : `${lang}/`);

/** Prerender entries for a route with an optional edition segment: one per edition beside the source language's. */
export const editionEntries = (editions: readonly Lang[]) => editions.filter((lang) => lang !== SOURCE_LANG).map((lang) => ({ lang }));
