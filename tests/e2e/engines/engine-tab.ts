/**
 * A tab in a browser engine other than Playwright's Chromium, as the cross-engine spec
 * (tests/e2e/engines.spec.ts) drives it: Debian's Firefox ESR over WebDriver BiDi (puppeteer-core),
 * and WebKitGTK's MiniBrowser over WebDriver classic (WebKitWebDriver under xvfb, `webdriver`).
 */
export interface EngineTab {
	setSize(size: { width: number; height: number }): Promise<void>;
	/** Opens a page of the fixture story's site (a path), or any address. */
	goto(pathOrUrl: string): Promise<void>;
	/** Runs a self-contained function in the page. */
	run<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>;
	/** Runs it in the document of the frame `frameSelector` finds. */
	runInFrame<A extends unknown[], T>(frameSelector: string, fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>;
	click(selector: string): Promise<void>;
	/** Window errors and unhandled rejections since the page's start (record-window-errors.ts). */
	windowErrors(): Promise<string[]>;
	close(): Promise<void>;
}

export interface OpenOptions {
	reducedMotion?: boolean;
	javaScript?: boolean;
}

export interface Engine {
	name: 'firefox' | 'webkit';
	/** Why it cannot run here, or null. */
	missing(): string | null;
	/** A tab; with `javaScript: false`, pages run none of their own scripts (the test's still run). */
	open(options?: OpenOptions): Promise<EngineTab>;
	close(): Promise<void>;
}
