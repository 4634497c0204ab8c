/**
 * A pseudo-locale: the source language's words, each wrapped in ⟦…⟧. An edition in it shows at
 * a glance any word a page prints that no strings file, copy or dataset gave it (it stays
 * outside the brackets), and it is the third edition the engine's tests build.
 */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

export const bracket = (text: string) => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}`;

/** Every string of `value` bracketed, and every function's result: a strings file in the pseudo-locale. */
export function bracketWords<T>(value: T): T {
	if (typeof value === 'string') return bracket(value) as T;
	if (typeof value === 'function') return ((...args: unknown[]) => bracket(String((value as (...a: unknown[]) => unknown)(...args)))) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bracketWords(v)])) as T;
	return value;
}
