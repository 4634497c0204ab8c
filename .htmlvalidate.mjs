// html-validate over the built pages (tests/e2e/validity.spec.ts). Only style rules are off: they
// judge how the markup is written (as Svelte prints it), not whether it is valid or accessible.
/** @type {import('html-validate').ConfigData} */
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// <!doctype html> in lower case is as valid as upper case.
		'doctype-style': 'off',
		// Svelte writes boolean and empty attributes with a value (readonly="", download=""): valid HTML.
		'attribute-boolean-style': 'off',
		'attribute-empty-style': 'off',
		// A raw ">" in text (the embed codes in <textarea>) is valid HTML; the parser still catches a stray "<".
		'no-raw-characters': 'off',
		// The page title is the story's headline plus the site's name: long, and right for sharing.
		'long-title': 'off',
		// Whitespace at line ends comes from the templates and changes nothing.
		'no-trailing-whitespace': 'off',
		// Void elements: Svelte writes <meta ...>, SvelteKit's head may write <link ... />; both are valid.
		'void-style': 'off',
		// Every inline style is a CSP-hashed SvelteKit or Svelte output, not authored markup.
		'no-inline-style': 'off'
	}
};
