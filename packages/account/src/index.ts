// The reference site documents this entry as the package itself, and @aw/account/auth-state and
// @aw/account/ssr as modules of
// the package (both are listed in typedoc.json beside package.json).
/**
 * @packageDocumentation
 * @mergeModuleWith <project>
 */
export * from './generated/index.ts';
export { readSessionSecret } from './extras/readSessionSecret.ts';
export { redirectToOAuth2, type OAuth2Navigator, type RedirectToOAuth2Options, type RedirectToOAuth2Params } from './extras/redirectToOAuth2.ts';
