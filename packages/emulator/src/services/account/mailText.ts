import type { Context } from 'hono';
import type { EmulatorContext } from '../../server/context.ts';
import { resolveLocale, translate } from '../locale/localeData.ts';

/**
 * Builds a mail subject from Appwrite's translations (`emails.<kind>.subject`) in the request's locale,
 * filling `{{project}}` with the project name.
 *
 * @param c The Hono context (for `X-Appwrite-Locale` or `?locale=`).
 * @param ctx The emulator context.
 * @param kind The template: verification, magicSession, otpSession, recovery, invitation or mfaChallenge.
 *
 * @returns The subject.
 */
export function mailSubject(c: Context, ctx: EmulatorContext, kind: string): string {
  const locale = resolveLocale(c.req.query('locale') ?? c.req.header('x-appwrite-locale'));
  const text = translate(locale, `emails.${kind}.subject`) ?? translate('en', `emails.${kind}.subject`) ?? kind;
  return text.replace(/\{\{project\}\}/g, ctx.config.projectName ?? ctx.projectId);
}
