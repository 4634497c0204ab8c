import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMotionPlayer } from '$lib/browser/motion-player';
import { MORPH_DURATION_MS } from '$lib/charts/morph';

/** A stand-in element whose animate() records what it was asked to play. */
function fakeElement() {
	const played: { keyframes: Keyframe[]; duration: number; animation: { reverse: () => void; cancel: () => void; playState: string } }[] =
		[];
	const element = {
		animate: (keyframes: Keyframe[], options: KeyframeAnimationOptions) => {
			const animation = { reverse: vi.fn(), cancel: vi.fn(), playState: 'running' };
			played.push({ keyframes, duration: Number(options.duration), animation });
			return animation;
		}
	};
	return { element: element as unknown as Element, played };
}

describe('createMotionPlayer', () => {
	// Web Animations present (the player rests at once without them).
	beforeEach(() => vi.stubGlobal('Element', { prototype: { animate: () => {} } }));
	const motions = () => [{ target: 'unit:a', keyframes: [{ opacity: 0 }, { opacity: 1 }] }];

	it('plays a cue once, at the step’s duration unless the cue names its own', () => {
		const { element, played } = fakeElement();
		const player = createMotionPlayer();
		player.as('unit:a')(element);
		const cue = { serial: 1, from: 'x', to: 'y', reverse: false };
		player.play(cue, motions);
		player.play(cue, motions);
		expect(played.map((p) => p.duration)).toEqual([MORPH_DURATION_MS]);
		player.play({ serial: 2, from: 'y', to: 'z', reverse: false, durationMs: 650 }, motions);
		expect(played.map((p) => p.duration)).toEqual([MORPH_DURATION_MS, 650]);
		expect(played[0]!.animation.cancel).toHaveBeenCalled();
	});

	it('plays the running morph back from where it is when the reader turns back through it', () => {
		const { element, played } = fakeElement();
		const player = createMotionPlayer();
		player.as('unit:a')(element);
		player.play({ serial: 1, from: 'x', to: 'y', reverse: false }, motions);
		player.play({ serial: 2, from: 'x', to: 'y', reverse: true }, motions);
		expect(played).toHaveLength(1);
		expect(played[0]!.animation.reverse).toHaveBeenCalledOnce();
	});

	it('animates nothing that is not in the drawing', () => {
		const { element, played } = fakeElement();
		const player = createMotionPlayer();
		player.as('unit:a')(element)?.();
		player.play({ serial: 1, from: 'x', to: 'y', reverse: false }, motions);
		expect(played).toEqual([]);
	});
});
