// Where the built site goes: build/, or BUILD_DIR (the tests build a second story beside the
// first). Plain JavaScript: svelte.config.js and the build scripts read it without a compiler.
export const BUILD_DIR = process.env.BUILD_DIR || 'build';

/**
 * SvelteKit's working folder. `npm run build` gives each build folder one of its own (KIT_OUT_DIR,
 * set by src/build/build.mjs; the tests' dev servers set one too), so a build never rewrites the files the type check and the editor
 * read in .svelte-kit/, and the tests can build a second story while the type check runs.
 */
export const KIT_OUT_DIR = process.env.KIT_OUT_DIR || '.svelte-kit';
