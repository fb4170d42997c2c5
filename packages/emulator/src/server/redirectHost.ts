import type { Context } from 'hono';
import type { ProjectConfig } from '../config/types.ts';
import { fail } from '../errors/AppwriteException.ts';

// Platform types whose `hostname` an app may be redirected to.
const WEB_PLATFORMS = new Set(['web', 'flutter-web']);

/**
 * Lists the hostnames a redirect URL may point at, as Appwrite 1.5 builds the list: the host the
 * request was sent to, `localhost` (the console's own platform), then the hostnames of the
 * project's web platforms from appwrite.json.
 *
 * @param c The Hono context.
 * @param config The project config.
 *
 * @returns The hostnames, without duplicates.
 */
export function redirectHosts(c: Context, config: ProjectConfig): string[] {
  const hosts: string[] = [];
  const header = c.req.header('host');
  if (header) {
    try {
      hosts.push(new URL(`http://${header}`).hostname);
    } catch {
      // A Host header that is no host adds nothing.
    }
  }
  hosts.push('localhost');
  for (const platform of config.platforms) {
    if (WEB_PLATFORMS.has(platform.type ?? 'web') && typeof platform.hostname === 'string' && platform.hostname !== '') hosts.push(platform.hostname.toLowerCase());
  }
  return [...new Set(hosts)];
}

/**
 * Refuses a redirect URL (verification, recovery, magic URL, team invitation, OAuth2 success
 * or failure) whose host is not one of {@link redirectHosts}, with Appwrite's 400
 * `general_argument_invalid` and its wording. Without this, any caller could have the emulator
 * (or a self-hosted server) mail out a link to a site of their choosing.
 *
 * @param c The Hono context.
 * @param config The project config.
 * @param name The parameter name (`url`, `success`, `failure`).
 * @param url The URL, already checked to be an http(s) URL; nothing is checked when undefined.
 */
export function checkRedirectHost(c: Context, config: ProjectConfig, name: string, url: string | undefined): void {
  if (url === undefined || url === '') return;
  const allowed = redirectHosts(c, config);
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    hostname = '';
  }
  if (!allowed.includes(hostname)) fail('general_argument_invalid', `Invalid \`${name}\` param: URL host must be one of: ${allowed.join(', ')}`);
}
