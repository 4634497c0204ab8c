/** Ids that appear more than once in a list, with the index of each repeat (the dataset's and the chart kinds' checks). */
export function repeats<T>(items: readonly T[], key: (item: T) => string): { id: string; index: number }[] {
	const seen = new Set<string>();
	const out: { id: string; index: number }[] = [];
	items.forEach((item, index) => {
		const id = key(item);
		if (seen.has(id)) out.push({ id, index });
		seen.add(id);
	});
	return out;
}
