import type { Attachment } from 'svelte/attachments';
import { MORPH_DURATION_MS } from '../charts/morph.ts';
import { MORPH_EASING, type ElementMotion } from '../charts/motion.ts';

/** One played morph, as a chart is given it (ChartPlay): its pair of states, which way, and a serial per play. */
export interface MotionCue {
	serial: number;
	from: unknown;
	to: unknown;
	reverse: boolean;
	durationMs?: number;
}

export interface MotionPlayer {
	/**
	 * An attachment that makes its element a target of the chart's motions (ElementMotion.target)
	 * while it is in the drawing.
	 */
	as(target: string): Attachment<Element>;
	/**
	 * Plays a morph's motions, once per cue (a chart redrawn with the same cue does not replay
	 * it). The morph playing is stopped, its elements left at rest, or, where the reader turned
	 * back through the same morph, played back from where it is.
	 */
	play(cue: MotionCue, motions: () => ElementMotion[]): void;
	stop(): void;
}

/**
 * Plays a chart's morphs as Web Animations: the compositor moves and fades the elements, the
 * page's script does nothing per frame. Where Web Animations are missing, the chart rests at once.
 */
export function createMotionPlayer(durationMs = MORPH_DURATION_MS): MotionPlayer {
	const elements = new Map<string, Element>();
	let running = new Map<string, Animation>();
	let last: MotionCue | null = null;
	const stop = () => {
		running.forEach((animation) => animation.cancel());
		running = new Map();
	};
	const start = (target: string, keyframes: Keyframe[], duration: number) => {
		const element = elements.get(target);
		if (element) running.set(target, element.animate(keyframes, { duration, easing: MORPH_EASING }));
	};
	return {
		as: (target) => (element) => {
			elements.set(target, element);
			return () => {
				if (elements.get(target) === element) elements.delete(target);
			};
		},
		play(cue, motions) {
			if (last?.serial === cue.serial) return;
			const previous = last;
			last = cue;
			const duration = cue.durationMs ?? durationMs;
			if (typeof Element.prototype.animate !== 'function') return;
			const turnedBack =
				previous !== null &&
				previous.from === cue.from &&
				previous.to === cue.to &&
				previous.reverse !== cue.reverse &&
				[...running.values()].some((animation) => animation.playState === 'running');
			if (!turnedBack) {
				stop();
				for (const { target, keyframes } of motions()) start(target, keyframes, duration);
				return;
			}
			// The same morph the other way: each element goes back from where it is now.
			for (const { target, keyframes, restart } of motions()) {
				const animation = running.get(target);
				if (animation && !restart) animation.reverse();
				else {
					animation?.cancel();
					start(target, keyframes, duration);
				}
			}
		},
		stop
	};
}
