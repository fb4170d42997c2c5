// The reference site documents this entry as the package itself, and @aw/account/auth-state as a module of
// the package (both are listed in typedoc.json beside package.json).
/**
 * @packageDocumentation
 * @mergeModuleWith <project>
 */
export * from './generated/index.ts';
export { readSessionSecret } from './extras/readSessionSecret.ts';
export { redirectToOAuth2, type OAuth2Navigator, type RedirectToOAuth2Options, type RedirectToOAuth2Params } from './extras/redirectToOAuth2.ts';
export {
  clearSessionCookie,
  createSessionCookie,
  DEFAULT_SESSION_COOKIE,
  isLocalUrl,
  readSessionCookie,
  serializeSessionCookie,
  type SessionCookie,
  type SessionCookieAttributes,
  type SessionCookieOptions,
} from './extras/sessionCookie.ts';
