// Every page is prerendered to plain HTML; JavaScript only enhances it.
export const prerender = true;
export const trailingSlash = 'always';
