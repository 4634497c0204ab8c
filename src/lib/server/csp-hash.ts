import { createHash } from 'node:crypto';

/** The CSP source for an inline element's exact text, which a strict host adds to style-src (or script-src). */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
