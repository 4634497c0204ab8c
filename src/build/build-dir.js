// Where the built site goes: build/, or BUILD_DIR (the tests build a second story beside the
// first). Plain JavaScript: svelte.config.js and the build scripts read it without a compiler.
export const BUILD_DIR = process.env.BUILD_DIR || 'build';
