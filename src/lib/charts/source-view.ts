import type { Source } from '../data/schema.ts';
import type { Lang } from '../format/numbers.ts';
import type { SourceView } from './types.ts';

export function sourceView(source: Source, lang: Lang = 'en'): SourceView {
	const zh = lang === 'zh';
	switch (source.source) {
		case 'article':
			// The quoted words are the English translation's, in both editions.
			return {
				kind: 'article',
				label: zh ? `原文第${source.line}段` : `Article ¶${source.line}`,
				detail: zh ? `英文译本：“${source.quote}”` : `“${source.quote}”`
			};
		case 'background':
			return { kind: 'background', label: zh ? '背景资料' : 'Background', detail: source.note };
		case 'derived': {
			const formula = zh ? (source.formulaZh ?? source.formula) : source.formula;
			const note = zh ? (source.noteZh ?? source.note) : source.note;
			return { kind: 'derived', label: zh ? '推算' : 'Derived', detail: note ? `${formula}${zh ? '。' : '. '}${note}` : formula };
		}
	}
}
