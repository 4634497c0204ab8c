import { describe, expect, it } from 'vitest';
import { uiContext } from '$lib/i18n/context';
import { STRINGS } from '$lib/i18n/strings';
import { render } from 'svelte/server';
import Story from '$lib/components/Story.svelte';
import Graphic from '$lib/components/Graphic.svelte';
import { HOOK, hookSelector } from '$lib/story/hooks';
import { loadStory } from '$lib/server/load-story';

// The story the build is configured for (STORY): Story.svelte's stills are drawn from it.
const view = loadStory('en');

describe('the data-* hooks', () => {
	it('are all in the markup that enhanceStory looks them up in', () => {
		const story = render(Story, {
			props: { view, otherEditions: [{ label: '中文版', href: 'zh/', lang: 'zh-CN' }], explore: { page: 'explore/' } }
		}).body;
		const first = view.copy.steps[0]!;
		const graphic = render(Graphic, {
			props: { frame: { from: first.chart, to: first.chart, t: 1 }, charts: view.charts, highlight: [] },
			context: uiContext(STRINGS.en)
		}).body;
		for (const [name, attribute] of Object.entries(HOOK)) {
			expect(`${story}${graphic}`, `${name}: ${attribute}`).toMatch(new RegExp(`\\s${attribute}(=|\\s|>)`));
		}
	});

	it('are looked up by attribute, optionally on one element', () => {
		expect(hookSelector('sticky')).toBe('[data-sticky]');
		expect(hookSelector('chartText', 'details')).toBe('details[data-chart-text]');
	});
});
