import type { Source } from '../data/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { STRINGS, VIEW_STRINGS } from '../i18n/strings.ts';
import { inLang } from '../i18n/lang.ts';
import type { SourceView } from './types.ts';

export function sourceView(source: Source, lang: Lang = 'en'): SourceView {
	const say = VIEW_STRINGS[lang];
	switch (source.source) {
		case 'article':
			// The quoted words are the English translation's, in every edition.
			return { kind: 'article', label: say.cite.article(source.line), detail: say.cite.quote(source.quote) };
		case 'background':
			return { kind: 'background', label: say.cite.background, detail: inLang(source.note, lang) };
		case 'derived': {
			const formula = inLang(source.formula, lang);
			const note = source.note && inLang(source.note, lang);
			return { kind: 'derived', label: say.cite.derived, detail: note ? `${formula}${STRINGS[lang].stop}${note}` : formula };
		}
	}
}
