import type { Source } from '$lib/data/schema';
import type { SourceView } from './types';

export function sourceView(source: Source): SourceView {
	switch (source.source) {
		case 'article':
			return { kind: 'article', label: `Article ¶${source.line}` };
		case 'background':
			return { kind: 'background', label: 'Background', detail: source.note };
		case 'derived':
			return { kind: 'derived', label: 'Derived', detail: source.note ? `${source.formula}. ${source.note}` : source.formula };
	}
}
