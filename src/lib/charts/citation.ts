import type { SourceView } from './types.ts';

/** A source as one line of text: "Article ¶12: “…quoted words…”", or the label alone when it has no detail. */
export const citation = (source: Pick<SourceView, 'label' | 'detail'>, colon: string): string =>
	source.detail ? `${source.label}${colon}${source.detail}` : source.label;
