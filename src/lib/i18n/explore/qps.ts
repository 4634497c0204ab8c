import type { ExploreStrings } from './strings.ts';
import { strings as en } from './en.ts';
import { bracketWords } from '../pseudo.ts';

/** The explorer's words in the pseudo-locale (../qps.ts): English, every word in ⟦…⟧. */
export const strings: ExploreStrings = bracketWords(en);
