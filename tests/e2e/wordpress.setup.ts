import { test as setup } from '@playwright/test';
import { ensureWordPress, unavailable, WORDPRESS_URL } from '../tools/wordpress.mjs';
import { helpCodes } from './hosts/help-codes.mjs';
import { FIXTURE_STORY_URL } from './ports';
import { WORDPRESS_CODES, WORDPRESS_ROLES, postSlug, restCall } from './wordpress';

/**
 * The WordPress suite's site (tests/tools/wordpress.mjs), and a post per code per role: each code
 * from the story's /embed-help/, pasted into a Custom HTML block between paragraphs of an article
 * and published through the REST API by an administrator (saved as given) and by an author (whose
 * save WordPress filters with kses).
 */
setup('a WordPress site with each embed code posted by an administrator and by an author', async () => {
	setup.setTimeout(600_000);
	const why = unavailable();
	// On CI the suite must run: a machine that cannot is a failure, not a skip.
	setup.skip(Boolean(why) && !process.env.CI, `${why}. Run it alone as root on Debian: npm run test:wordpress`);
	const site = ensureWordPress();
	console.log(`WordPress ${site.version} (${site.theme}) at ${WORDPRESS_URL}; set up in ${JSON.stringify(site.timings)} ms`);
	const codes = await helpCodes(FIXTURE_STORY_URL);
	const filler = (n: number) =>
		Array.from(
			{ length: n },
			(_, i) =>
				`<!-- wp:paragraph -->\n<p>Paragraph ${i + 1} of the host article: its reporting, in its own words, before and after the embedded story.</p>\n<!-- /wp:paragraph -->`
		).join('\n\n');
	const administrator = site.users.administrator!;
	// Last run's posts go first: each run reads the codes as the help page gives them now.
	const old: { id: number }[] = await restCall(administrator, 'GET', '/wp/v2/posts?per_page=100&status=publish,draft&context=edit');
	for (const post of old) await restCall(administrator, 'DELETE', `/wp/v2/posts/${post.id}?force=true`);
	for (const role of WORDPRESS_ROLES) {
		for (const id of WORDPRESS_CODES) {
			const code = codes[id];
			if (!code) throw new Error(`/embed-help/ gives no "${id}" code`);
			await restCall(site.users[role]!, 'POST', '/wp/v2/posts', {
				title: `The story embedded with the ${id} code, saved by an ${role}`,
				slug: postSlug(id, role),
				status: 'publish',
				content: `${filler(3)}\n\n<!-- wp:html -->\n${code}\n<!-- /wp:html -->\n\n${filler(6)}`
			});
		}
	}
});
