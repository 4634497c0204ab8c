import settings from 'virtual:story-settings';

/**
 * The custom element's tag (src/element/story-element.ts), named after the story (<slug-story>).
 * A module of its own: the element imports it without the embed codes' text (embed-codes.ts).
 */
export const ELEMENT_TAG = `${settings.slug}-story`;
