/**
 * <slug-story> (e.g. <larkspur-reorg-story>): the story running natively in a host page, inside a
 * shadow root. Styles arrive as constructable stylesheets (adoptedStyleSheets), which a
 * host Content Security Policy without 'unsafe-inline' allows; no <style> element, no
 * inline style attribute. The data is a classic script beside this one (story-view-script.ts),
 * loaded once when the first element connects: no request a host's connect-src could refuse.
 */
import { mount, unmount } from 'svelte';
import Story from '$lib/components/Story.svelte';
import { enhanceStory, type EnhancedStory } from '$lib/story/enhance-story';
import { graphicData } from '$lib/story/graphic-data';
import { STRINGS } from '$lib/i18n/strings';
import type { StoryView } from '$lib/view/build-story-view';
import { STORY_VIEW_SCRIPT, storyViewGlobal } from './story-view-script';
import globalCss from '../app.css?inline';
import componentCss from 'virtual:story-css';
import settings from 'virtual:story-settings';
import { ELEMENT_TAG } from '$lib/embed/element-tag';
import { statedInsets } from '$lib/embed/host-chrome';

// Where this script was loaded from (only known while it first runs): its data sits beside it.
const SCRIPT_SRC = (document.currentScript as HTMLScriptElement | null)?.src ?? '';

let storyView: Promise<StoryView> | null = null;
/** The story's data, loaded once for every element on the page. */
function loadStoryView(): Promise<StoryView> {
	storyView ??= new Promise((resolve, reject) => {
		const read = () => (globalThis as Record<string, unknown>)[storyViewGlobal(settings.slug)] as StoryView | undefined;
		const loaded = read();
		if (loaded) return resolve(loaded);
		const script = document.createElement('script');
		script.src = new URL(STORY_VIEW_SCRIPT, SCRIPT_SRC || location.href).href;
		script.onload = () => {
			const view = read();
			if (view) resolve(view);
			else reject(new Error(`${STORY_VIEW_SCRIPT} did not carry the story`));
		};
		script.onerror = () => reject(new Error(`could not load ${script.src}`));
		document.head.append(script);
	});
	return storyView;
}

/** The page's global styles, scoped to the element: :root becomes :host, body the story's root. */
function scoped(css: string): string {
	return css
		.replace(/:root/g, ':host')
		.replace(/\bhtml\b/g, ':host')
		.replace(/\bbody\b/g, '.story');
}

/**
 * A layout for a width follows the element's width, not the window's: in a host's 40rem column
 * on a laptop the story is laid out as on a phone, not squeezed into two columns. (The minifier
 * writes `(min-width: 900px)` as `(width>=900px)`; both are container queries too.)
 */
const byElementWidth = (css: string) => css.replace(/@media\s*(\(\s*(?:min-width|max-width|width)\b)/g, '@container story-element $1');

let sheets: CSSStyleSheet[] | null = null;
function styleSheets(): CSSStyleSheet[] {
	if (sheets) return sheets;
	sheets = [
		byElementWidth(scoped(globalCss)),
		byElementWidth(componentCss),
		':host { display: block; container: story-element / inline-size; font-family: var(--font-serif); color: var(--ink); background: var(--paper); }'
	].map((css) => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(css);
		return sheet;
	});
	return sheets;
}

class StoryElement extends HTMLElement {
	#app: ReturnType<typeof mount> | null = null;
	#story: EnhancedStory | null = null;

	connectedCallback() {
		if (this.#app) return;
		void loadStoryView().then((view) => {
			// Still on the page, and not started meanwhile (connected, moved, connected again).
			if (this.isConnected && !this.#app) this.#start(view);
		});
	}

	#start(view: StoryView) {
		const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
		shadow.adoptedStyleSheets = styleSheets();
		this.#app = mount(Story, { target: shadow, props: { view, embedded: true } });
		const main = shadow.querySelector<HTMLElement>('main.story');
		if (!main) return;
		// The host's chrome, as its editor states it (offset-top="56" offset-bottom="50"): the graphic keeps clear of it.
		const insets = statedInsets((name) => this.getAttribute(name), innerHeight);
		main.style.setProperty('--inset-top', `${insets.top}px`);
		main.style.setProperty('--inset-bottom', `${insets.bottom}px`);
		const bounds = { insets, layoutWidth: () => this.clientWidth };
		this.#story = enhanceStory(main, { data: graphicData(view), strings: STRINGS[view.copy.lang], events: this, bounds });
	}

	disconnectedCallback() {
		this.#story?.destroy();
		this.#story = null;
		if (this.#app) unmount(this.#app);
		this.#app = null;
	}
}

if (!customElements.get(ELEMENT_TAG)) customElements.define(ELEMENT_TAG, StoryElement);
