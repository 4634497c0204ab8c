import type { ParamMatcher } from '@sveltejs/kit';
import { isLang, SOURCE_LANG } from '$lib/i18n/lang';

/** An edition's segment in an address: /zh/, /embed/zh/. The source language's edition has none. */
export const match: ParamMatcher = (param) => param !== SOURCE_LANG && isLang(param);
