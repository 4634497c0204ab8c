/**
 * <slug-story> (e.g. <alibaba-restructuring-story>): the story running natively in a host page, inside a
 * shadow root. Styles arrive as constructable stylesheets (adoptedStyleSheets), which a
 * host Content Security Policy without 'unsafe-inline' allows; no <style> element, no
 * inline style attribute. The data is built into this file, so it makes no requests.
 */
import { mount, unmount } from 'svelte';
import Story from '$lib/components/Story.svelte';
import { enhanceStory, type EnhancedStory } from '$lib/story/enhance-story';
import { graphicData } from '$lib/story/graphic-data';
import { STRINGS } from '$lib/i18n/strings';
import storyView from 'virtual:story-view';
import globalCss from '../app.css?inline';
import componentCss from 'virtual:story-css';
import settings from 'virtual:story-settings';

/** Named after the story (its settings' slug): <alibaba-restructuring-story>. */
const TAG = `${settings.slug}-story`;

/** The page's global styles, scoped to the element: :root becomes :host, body the story's root. */
function scoped(css: string): string {
	return css
		.replace(/:root/g, ':host')
		.replace(/\bhtml\b/g, ':host')
		.replace(/\bbody\b/g, '.story');
}

let sheets: CSSStyleSheet[] | null = null;
function styleSheets(): CSSStyleSheet[] {
	if (sheets) return sheets;
	sheets = [
		scoped(globalCss),
		componentCss,
		':host { display: block; font-family: var(--font-serif); color: var(--ink); background: var(--paper); }'
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
		const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
		shadow.adoptedStyleSheets = styleSheets();
		this.#app = mount(Story, { target: shadow, props: { view: storyView, embedded: true } });
		const main = shadow.querySelector<HTMLElement>('main.story');
		if (main) this.#story = enhanceStory(main, { data: graphicData(storyView), strings: STRINGS[storyView.copy.lang], events: this });
	}

	disconnectedCallback() {
		this.#story?.destroy();
		this.#story = null;
		if (this.#app) unmount(this.#app);
		this.#app = null;
	}
}

if (!customElements.get(TAG)) customElements.define(TAG, StoryElement);
