import { WORDPRESS_URL } from '../tools/wordpress.mjs';

/** The codes an editor pastes into a post (AMP pages are made by a plugin, not pasted). */
export const WORDPRESS_CODES = ['loader', 'pym', 'element', 'iframe', 'chart', 'text'] as const;
/** An administrator keeps scripts, styles and frames (unfiltered_html); an author's save is filtered. */
export const WORDPRESS_ROLES = ['administrator', 'author'] as const;
export type WordPressCode = (typeof WORDPRESS_CODES)[number];
export type WordPressRole = (typeof WORDPRESS_ROLES)[number];

export const postSlug = (code: WordPressCode, role: WordPressRole) => `story-${code}-${role}`;

/** A call to the site's REST API, as a user with an application password (or as a reader). */
export async function restCall(
	user: { user: string; password: string } | null,
	method: string,
	route: string,
	body?: unknown
): Promise<any> {
	const [path, query = ''] = route.split('?');
	const response = await fetch(`${WORDPRESS_URL}/?rest_route=${path}${query ? `&${query}` : ''}`, {
		method,
		headers: {
			...(user ? { authorization: `Basic ${Buffer.from(`${user.user}:${user.password}`).toString('base64')}` } : {}),
			...(body ? { 'content-type': 'application/json' } : {})
		},
		body: body ? JSON.stringify(body) : undefined
	});
	if (!response.ok) throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`);
	return response.json();
}

/** Where a published post is read. */
export async function postLink(code: WordPressCode, role: WordPressRole): Promise<string> {
	const [post] = await restCall(null, 'GET', `/wp/v2/posts?slug=${postSlug(code, role)}`);
	if (!post) throw new Error(`no post ${postSlug(code, role)}: the setup project did not run`);
	return post.link;
}
