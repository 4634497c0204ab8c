/**
 * Attachments ({@attach …}) in place of Svelte's on…= attributes and form properties, for
 * components the story page loads on demand (the explorer): those would bring Svelte's event
 * delegation and form-reset code into the runtime chunk the story loads first (about 0.6 KB
 * gzipped). A plain listener and a plain property cost it nothing.
 */

/** Listens for `type` on the element while it is in the page. */
export const on =
	<K extends keyof HTMLElementEventMap>(type: K, listener: (event: HTMLElementEventMap[K]) => void) =>
	(element: HTMLElement) => {
		element.addEventListener(type, listener as EventListener);
		return () => element.removeEventListener(type, listener as EventListener);
	};

/** A radio button or checkbox that shows the state it is given (and is set again whenever that changes). */
export const inputState =
	(checked: boolean, disabled = false) =>
	(input: HTMLInputElement) => {
		input.checked = checked;
		input.disabled = disabled;
	};
