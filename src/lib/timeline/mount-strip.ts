import { mount, unmount } from 'svelte';
import TimelineStrip from '$lib/components/TimelineStrip.svelte';
import type { StripProps } from './strip-host';

/** Mounts the strip into its room, reading `props` as it draws; returns how to remove it. Loaded on demand (strip-host.ts). */
export function mountStrip(room: HTMLElement, props: () => StripProps): () => void {
	const strip = mount(TimelineStrip, {
		target: room,
		props: {
			get timeline() {
				return props().timeline;
			},
			get from() {
				return props().from;
			},
			get to() {
				return props().to;
			},
			get t() {
				return props().t;
			}
		}
	});
	return () => void unmount(strip);
}
