import { getContext, setContext } from 'svelte';
import type { Strings } from './strings';

// The edition's words reach components through context, given by whoever knows the edition
// (the page, the embed, the custom element): no component falls back to a language of its own.
const KEY = Symbol('strings');

/** Called once by the story's root component; every component below reads the same words. */
export function provideUi(strings: Strings): Strings {
	return setContext(KEY, strings);
}

/** The same words for a component mounted on its own (`mount(Component, { context })`). */
export function uiContext(strings: Strings): Map<symbol, Strings> {
	return new Map([[KEY, strings]]);
}

export function useUi(): Strings {
	const strings = getContext<Strings | undefined>(KEY);
	if (!strings) throw new Error('no edition strings: a component above must call provideUi, or mount with uiContext');
	return strings;
}
