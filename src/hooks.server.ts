import type { Handle } from '@sveltejs/kit';

/** The Chinese edition's pages are in Chinese from the <html> element down. */
export const handle: Handle = ({ event, resolve }) => {
	const zh = /^\/(embed\/)?zh(\/|$)/.test(event.url.pathname);
	return resolve(event, { transformPageChunk: ({ html }) => (zh ? html.replace('<html lang="en">', '<html lang="zh-CN">') : html) });
};
