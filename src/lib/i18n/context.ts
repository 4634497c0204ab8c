import { getContext, setContext } from 'svelte';
import type { Lang } from './lang';
import { STRINGS, type Strings } from './strings';

const KEY = Symbol('strings');

/** Called once by the story's root component; every component below reads the same words. */
export function provideUi(lang: Lang): Strings {
	return setContext(KEY, STRINGS[lang]);
}

/** The same words for a component mounted on its own (`mount(Component, { context })`). */
export function uiContext(lang: Lang): Map<symbol, Strings> {
	return new Map([[KEY, STRINGS[lang]]]);
}

export function useUi(): Strings {
	return getContext<Strings | undefined>(KEY) ?? STRINGS.en;
}
