import { whenIdle } from '$lib/browser/when-idle';
import { listen, type Cleanup, type StoryContext } from './context';

/** The drawing code is for print only: never part of the page's load, fetched while the browser is idle (or when printing). */
const loadDrawing = () => import('./draw-print-charts');

/**
 * Print gets every step's still chart and text, drawn just before printing (they are hidden
 * on screen by CSS, and stay once drawn).
 */
export function printCharts(root: HTMLElement, story: StoryContext): Cleanup {
	let printed = false;
	let removeDrawn: Cleanup | null = null;
	const onPrint = () => {
		if (printed) return;
		printed = true;
		void loadDrawing()
			.then(({ drawPrintCharts }) => drawPrintCharts(root, story))
			.then((remove) => (removeDrawn = remove));
	};
	const undo = [
		whenIdle(() => void loadDrawing().then(({ loadStaticChart }) => loadStaticChart())),
		listen(matchMedia('print'), 'change', onPrint),
		listen(window, 'beforeprint', onPrint)
	];
	return () => {
		undo.forEach((u) => u());
		removeDrawn?.();
	};
}
