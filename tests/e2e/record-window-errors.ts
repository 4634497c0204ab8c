/**
 * Records every window `error` (resource errors too, seen in the capture phase) and unhandled
 * rejection from the page's start in `window.__windowErrors`, as a host page's error tracker
 * would see them. Runs in the page, before its scripts (an init script): self-contained.
 */
export function recordWindowErrors(): void {
	const seen: string[] = ((window as any).__windowErrors = []);
	addEventListener(
		'error',
		(event: Event) =>
			seen.push(
				event instanceof ErrorEvent
					? `error: ${event.message}`
					: `error loading ${(event.target as Element | null)?.outerHTML?.slice(0, 160)}`
			),
		true
	);
	addEventListener('unhandledrejection', (event) => seen.push(`unhandled rejection: ${String(event.reason)}`));
}
