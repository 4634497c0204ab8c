import type { Strings, ViewStrings } from './strings.ts';
import { LOCALES } from './lang.ts';
import { strings as en, viewStrings as enView } from './en.ts';
import { bracketWords } from './pseudo.ts';

/**
 * The pseudo-locale (its code, qps, is reserved for private use; its tag en-XA): English with
 * every word in ⟦…⟧. Not for readers: the engine's tests publish the fixture story in it as a
 * third edition.
 */
export const strings: Strings = {
	...bracketWords(en),
	lang: 'qps',
	locale: LOCALES.qps,
	ogLocale: 'en_XA',
	script: en.script,
	cardFonts: en.cardFonts,
	// Punctuation carries no word to find, and brackets around it would only break lines oddly.
	colon: en.colon,
	comma: en.comma,
	stop: en.stop,
	editionName: '⟦Pseudo⟧'
};

export const viewStrings: ViewStrings = bracketWords(enView);
