/** Deep links to a step: `#step-<id>`. */
const PREFIX = '#step-';

export function hashForStep(id: string): string {
	return `${PREFIX}${id}`;
}

export function stepIdFromHash(hash: string): string | null {
	if (!hash.startsWith(PREFIX)) return null;
	try {
		return decodeURIComponent(hash.slice(PREFIX.length)) || null;
	} catch {
		return null;
	}
}

export function elementIdForStep(id: string): string {
	return hashForStep(id).slice(1);
}
