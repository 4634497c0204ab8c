// tsconfig.json extends .svelte-kit/tsconfig.json, which `svelte-kit sync` writes: without it,
// every TypeScript file fails to compile with a bare "Tsconfig not found". `npm ci` and
// `npm install` run the sync (the `prepare` script); this names the fix where it was skipped
// (`--ignore-scripts`, a deleted .svelte-kit/). Plain JavaScript: the Vite configs import it.
import { existsSync } from 'node:fs';

export function requireSvelteKitSync() {
	if (existsSync('.svelte-kit/tsconfig.json')) return;
	console.error(
		'.svelte-kit/tsconfig.json is missing (tsconfig.json extends it). It is written by `svelte-kit sync`,\n' +
			'which `npm ci` and `npm install` run (the "prepare" script). Run `npx svelte-kit sync`, then try again.'
	);
	process.exit(1);
}
