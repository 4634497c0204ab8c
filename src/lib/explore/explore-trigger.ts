/**
 * Loads the explorer after the story's last step a screen before the reader reaches it, and not
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
		{ rootMargin: '0px 0px 100% 0px' }
	);
	observer.observe(target);
}
