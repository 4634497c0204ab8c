import { allSame, inPlayOrder, SAMPLES, translate, type ElementMotion } from '../motion';
import { orgFrameAt, type OrgMorphPlan } from './morph';

/**
 * The org tree's morph as animations (see charts/motion.ts), from the same plan and frame
 * function the tree is drawn with, so where each animation ends is where the drawing at rest
 * has the element. Units and leaders travel and fade; a marker grows or shrinks; a connector
 * that changes shape is drawn at its new place and fades in once the units have nearly arrived
 * (a path's shape is not something the compositor can move).
 *
 * Targets: `unit:<id>`, `marker:<id>`, `leader:<key>`, `link:<id>`.
 */
export function orgMotions(plan: OrgMorphPlan, reverse: boolean): ElementMotion[] {
	const frames = inPlayOrder(
		SAMPLES.map((t) => orgFrameAt(plan, t)),
		reverse
	);
	const motions: ElementMotion[] = [];
	plan.units.forEach((tween, i) => {
		const units = frames.map((frame) => frame.units[i]!);
		if (!allSame(units, (a, b) => a.x === b.x && a.y === b.y && a.opacity === b.opacity)) {
			motions.push({
				target: `unit:${tween.key}`,
				// Visible throughout, also where it rests hidden (a unit that leaves, or comes back to a state without it).
				keyframes: units.map((u) => ({ transform: translate(u.x, u.y), opacity: u.opacity, visibility: 'visible' }))
			});
		}
		if (!allSame(units, (a, b) => a.scale === b.scale)) {
			motions.push({ target: `marker:${tween.key}`, keyframes: units.map((u) => ({ transform: `scale(${u.scale.toFixed(3)})` })) });
		}
	});
	plan.leaders.forEach((tween, i) => {
		const leaders = frames.map((frame) => frame.leaders[i]!);
		if (allSame(leaders, (a, b) => a.x === b.x && a.y === b.y && a.opacity === b.opacity)) return;
		motions.push({
			target: `leader:${tween.key}`,
			keyframes: leaders.map((l) => ({ transform: translate(l.x, l.y), opacity: l.opacity, visibility: 'visible' }))
		});
	});
	plan.links.forEach((tween, i) => {
		const links = frames.map((frame) => frame.links[i]!);
		const rest = links[links.length - 1]!;
		// A connector that stays, or that is gone at rest (it simply goes with the morph's start).
		if (allSame(links, (a, b) => a.d === b.d && a.opacity === b.opacity) || rest.opacity === 0) return;
		motions.push({
			target: `link:${tween.key}`,
			keyframes: [{ opacity: 0 }, { opacity: 0, offset: 0.6 }, { opacity: rest.opacity }],
			restart: true
		});
	});
	return motions;
}
