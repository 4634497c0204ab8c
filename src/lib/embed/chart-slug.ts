/** Chart state ids in URLs: "org:2024" ↔ "org-2024" (the first hyphen stands for the colon). */
export function slugForChart(id: string): string {
	return id.replace(':', '-');
}

export function chartForSlug(slug: string): string {
	return slug.replace('-', ':');
}
