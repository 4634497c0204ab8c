import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { withoutHydrationMarkers } from '$lib/server/hydration-markers';
import Fixture from './HydrationFixture.svelte';

describe('withoutHydrationMarkers', () => {
	it("drops the markers Svelte's server rendering leaves around blocks, and nothing else", () => {
		const { body } = render(Fixture, { props: { items: ['a', 'b'], shown: true } });
		expect(body).toMatch(/<!--\[/);
		const stripped = withoutHydrationMarkers(body);
		expect(stripped).not.toMatch(/<!--/);
		expect(stripped).toBe('<ul><li>a</li><li>b</li></ul> <p>shown</p> <p>either <b>one</b></p>');
	});

	it('keeps comments that are not markers', () => {
		const html = '<!-- a note --><p>x</p><!--[--><i>y</i><!--]--><!--biz0rv-->';
		expect(withoutHydrationMarkers(html)).toBe('<!-- a note --><p>x</p><i>y</i><!--biz0rv-->');
	});
});
