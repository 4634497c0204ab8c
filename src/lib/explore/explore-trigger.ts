/**
 * Loads the explorer after the story's last step three screens before the reader reaches it (a fast
 * reader must not overtake its building, which would move what they read), and not
 * at all if they never do. The story page's script loads this small module once the page has
 * loaded, so nothing of the explorer, not even this, is in what the story loads first.
 */
export function loadWhenNear(target: HTMLElement, dataUrl: string): void {
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((entry) => entry.isIntersecting)) return;
			observer.disconnect();
			void import('./mount-explorer.svelte').then(({ mountExplorer }) => mountExplorer(target, dataUrl));
		},
		{ rootMargin: '0px 0px 300% 0px' }
	);
	observer.observe(target);
}
