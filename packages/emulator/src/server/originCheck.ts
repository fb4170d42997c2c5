import type { PlatformConfig } from '../config/types.ts';

// Hostnames every project allows, as Appwrite's console platform does for `localhost`.
const LOCAL_HOSTNAMES = ['localhost', '127.0.0.1', '[::1]'];

// Platform types whose `hostname` names a browser origin.
const WEB_PLATFORMS = /* @__PURE__ */ new Set(['web', 'flutter-web']);

/**
 * Tells whether a hostname matches a pattern: equal, or `*.example.com` for any subdomain.
 *
 * @param hostname The hostname of the origin.
 * @param pattern The allowed hostname.
 *
 * @returns Whether it matches.
 */
function hostnameMatches(hostname: string, pattern: string): boolean {
  const wanted = pattern.toLowerCase();
  if (wanted.startsWith('*.')) return hostname.endsWith(wanted.slice(1)) && hostname.length > wanted.length - 1;
  return hostname === wanted;
}

/**
 * Creates the check that decides which browser origins may call the emulator with
 * credentials: localhost and 127.0.0.1 on any port, the hostnames of the project's web
 * platforms from appwrite.json (any scheme and port, as Appwrite matches them), and the
 * extra entries given, each an origin (`https://app.example.com`), a hostname
 * (`app.example.com`, `*.example.com`) or `*` for any origin.
 *
 * @param platforms The project's platforms.
 * @param extra Further allowed origins or hostnames.
 *
 * @returns A function telling whether an `Origin` header value is allowed.
 */
export function createOriginCheck(platforms: readonly PlatformConfig[], extra: readonly string[] = []): (origin: string) => boolean {
  if (extra.includes('*')) return (origin) => origin !== 'null' && parseOrigin(origin) !== undefined;
  const hostnames = [
    ...LOCAL_HOSTNAMES,
    ...platforms.filter((p) => WEB_PLATFORMS.has(p.type ?? 'web') && typeof p.hostname === 'string' && p.hostname !== '').map((p) => p.hostname as string),
    ...extra.filter((entry) => !entry.includes('://')),
  ];
  const origins = new Set(extra.filter((entry) => entry.includes('://')).map((entry) => parseOrigin(entry)?.origin).filter(Boolean));
  return (origin) => {
    const url = parseOrigin(origin);
    if (!url) return false;
    return origins.has(url.origin) || hostnames.some((pattern) => hostnameMatches(url.hostname, pattern));
  };
}

/**
 * Reads an origin header value as a URL, when it is an http(s) origin.
 *
 * @param origin The header value.
 *
 * @returns The URL, or undefined.
 */
function parseOrigin(origin: string): URL | undefined {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
