import type { Attachment } from 'svelte/attachments';
import type { StoryTimeline } from './timeline';

export interface StripProps {
	timeline: StoryTimeline;
	/** Chart ids, and how far between them. */
	from: string;
	to: string;
	t: number;
}

/**
 * The graphic's timeline strip, mounted into the room the graphic keeps for it (Graphic's
 * `strip`) once its code has loaded, after the graphic's own (mount-strip.ts): the story's first
 * load carries none of it. `props` is read by the strip as it draws, so it follows the graphic
 * frame by frame.
 */
export function timelineStrip(props: () => StripProps): Attachment<HTMLElement> {
	return (room) => {
		let remove: (() => void) | null = null;
		let gone = false;
		void import('./mount-strip').then(({ mountStrip }) => {
			if (!gone) remove = mountStrip(room, props);
		});
		return () => {
			gone = true;
			remove?.();
		};
	};
}
