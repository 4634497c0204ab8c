import { helloMessage, parseHeightMessage, type DriveMode } from '$lib/embed/protocol';

/**
 * The loader's side of the protocol with one story frame: it greets the story with the mode it
 * will drive it in, and posts to it only once it has said it is listening (its first height
 * report), again after each reload of the frame. Returns `post`, which sends to our origin only.
 */
export function openStoryChannel(
	frame: HTMLIFrameElement,
	origin: string,
	mode: DriveMode,
	onGreeted: () => void,
	onHeight: (height: number) => void
): { post: (message: unknown) => void } {
	let listening = false;
	const post = (message: unknown) => listening && frame.contentWindow?.postMessage(message, origin);
	// The hello may reach a frame that has not loaded our page yet, so it names no origin; it carries nothing private.
	const hello = () => {
		frame.contentWindow?.postMessage(helloMessage(mode), '*');
		onGreeted();
	};
	addEventListener('message', (event) => {
		if (event.source !== frame.contentWindow || event.origin !== origin) return;
		const height = parseHeightMessage(event.data);
		if (height === null) return;
		// The story's first height report means it is listening: greet it (again after each reload).
		if (!listening) {
			listening = true;
			hello();
		}
		onHeight(height);
	});
	frame.addEventListener('load', () => {
		listening = false;
		hello();
	});
	hello();
	return { post };
}
