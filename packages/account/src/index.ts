export * from './generated/index.ts';
export { readSessionSecret } from './extras/readSessionSecret.ts';
export { redirectToOAuth2, type OAuth2Navigator, type RedirectToOAuth2Options, type RedirectToOAuth2Params } from './extras/redirectToOAuth2.ts';
