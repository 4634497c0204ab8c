/**
 * How the loader's sticky mode lays out the host's page (a card per paragraph scrolling over the
 * frame, nearly a screen apart, as our own page on phones: Story.svelte), as CSS. The loader's
 * embed code carries it in a <style> element, so it applies while the host's page is parsed and
 * nothing moves when the loader runs (a layout shift the host's readers and Core Web Vitals would
 * count); where the host's CSP refuses it, the loader adopts the same sheet itself.
 * Written for `[data-<namespace>][data-layout=sticky]`: the loader sets `data-layout=feed` where
 * sticky cannot work, and only the frame's first rule applies.
 */
export function stickyLayoutCss(namespace: string): string {
	const box = `[data-${namespace}][data-layout=sticky]`;
	const step = `${box} [data-step]`;
	return [
		// Both layouts: the frame is a block as wide as the box, and the loader sets its height. The
		// custom property tells the loader the sheet is in effect (ensureLayout).
		`[data-${namespace}][data-layout]>iframe{display:block;width:100%;border:0;--${namespace}:1}`,
		// The link to the story is for where a CMS stripped the frame (and this sheet): the frame credits the story.
		`[data-${namespace}][data-layout]>[data-${namespace}-link]{display:none}`,
		`${box}>iframe{position:sticky;top:0;height:100vh}`,
		// Positioned after the frame, the cards paint over it.
		`${box}>[data-${namespace}-steps]{position:relative;pointer-events:none;margin:-100vh 0 0;padding:0;list-style:none}`,
		`${step}{padding:5vh 1rem 85vh}`,
		`${step}:first-child{padding-top:50vh}`,
		`${step}>*{pointer-events:auto;background:#fff;padding:.8rem 1rem;max-width:32rem;margin:0 auto;box-shadow:0 1px 8px #0003}`,
		`${step}>*+*{margin-top:90vh}`
	].join('\n');
}
