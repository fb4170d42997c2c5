import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { AppwriteException, fail } from '../../errors/AppwriteException.ts';
import { createRemoteAddressPolicy, refusalReason, type RemoteAddressPolicy } from './remoteAddressPolicy.ts';

/** Largest remote body the avatar service reads (20 MB); a longer one is cut off and refused. */
export const MAX_REMOTE_BYTES = 20 * 1024 * 1024;

/** How long a remote answer may take, headers and body together, redirects included. */
export const REMOTE_TIMEOUT_MS = 10_000;

/** How many redirects are followed; each hop is checked like the first URL. */
export const MAX_REDIRECTS = 5;

// Appwrite's answer for a URL it will not or cannot fetch (404 avatar_remote_url_failed).
const REMOTE_FAILED = 'Failed to fetch favicon from the requested URL.';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Options of `fetchRemote`. */
export interface FetchRemoteOptions {
  /** Which destinations may be reached; public addresses only when omitted. */
  policy?: RemoteAddressPolicy;
  /** Checks the content type before any of the body is read; a refused answer is dropped unread. */
  accept?: (type: string) => boolean;
  /** What to answer when `accept` refuses the type. */
  refused?: () => never;
}

/** A destination that passed the policy: the address the socket will connect to. */
interface PinnedTarget {
  address: string;
  family: 4 | 6;
}

/**
 * Fetches a remote http(s) resource for the avatar service. The host name is resolved here and
 * every address checked against the policy before any socket is opened; the request then connects
 * to the checked address itself, so a DNS answer that changes between check and connect (DNS
 * rebinding) cannot redirect it. Redirects are followed by hand, each hop checked the same way.
 * The body is streamed with a byte cap ({@link MAX_REMOTE_BYTES}) under one deadline
 * ({@link REMOTE_TIMEOUT_MS}), so a huge or endless answer costs at most 20 MB and 10 s.
 *
 * @param url The URL.
 * @param options The address policy and the content-type check.
 *
 * @returns The bytes, the content type (lower case, without parameters) and the final URL.
 */
export async function fetchRemote(url: string, options: FetchRemoteOptions = {}): Promise<{ bytes: Uint8Array; type: string; finalUrl: string }> {
  const policy = options.policy ?? createRemoteAddressPolicy();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REMOTE_TIMEOUT_MS);
  try {
    let current = parseHttpUrl(url);
    for (let hop = 0; ; hop++) {
      const target = await resolveAllowed(current, policy);
      let response: IncomingMessage;
      try {
        response = await send(current, target, controller.signal);
      } catch {
        return fail('avatar_remote_url_failed', REMOTE_FAILED);
      }
      const location = response.headers.location;
      if (REDIRECT_STATUSES.has(response.statusCode ?? 0) && location) {
        response.destroy();
        if (hop >= MAX_REDIRECTS) fail('avatar_remote_url_failed', REMOTE_FAILED);
        current = parseHttpUrl(new URL(location, current).toString());
        continue;
      }
      const type = (response.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const status = response.statusCode ?? 0;
      if (status < 200 || status > 299) {
        response.destroy();
        fail('avatar_remote_url_failed', `The remote URL answered ${status}.`);
      }
      if (options.accept && !options.accept(type)) {
        response.destroy();
        (options.refused ?? (() => fail('avatar_image_not_found', 'The requested image was not found at the URL.')))();
      }
      const announced = Number(response.headers['content-length'] ?? Number.NaN);
      if (announced > MAX_REMOTE_BYTES) {
        response.destroy();
        fail('avatar_remote_url_failed', 'The remote resource is larger than 20 MB.');
      }
      const bytes = await readCapped(response);
      return { bytes, type, finalUrl: current.toString() };
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Parses an http(s) URL, refusing any other scheme (a redirect to `file:` or `data:` included).
 *
 * @param url The URL text.
 *
 * @returns The URL.
 */
function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('avatar_remote_url_failed', REMOTE_FAILED);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail('avatar_remote_url_failed', REMOTE_FAILED);
  return parsed;
}

/**
 * Resolves a URL's host and checks every address it has against the policy; an IP literal is
 * checked as it is. One refused address refuses the host, so a name cannot hide a private
 * address among public ones.
 *
 * @param url The URL.
 * @param policy The policy.
 *
 * @returns The first address, which the request will connect to.
 */
async function resolveAllowed(url: URL, policy: RemoteAddressPolicy): Promise<PinnedTarget> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  let addresses: PinnedTarget[];
  const literal = isIP(hostname);
  if (literal) addresses = [{ address: hostname, family: literal as 4 | 6 }];
  else {
    try {
      addresses = (await lookup(hostname, { all: true, verbatim: true })).map((entry) => ({ address: entry.address, family: entry.family as 4 | 6 }));
    } catch {
      return fail('avatar_remote_url_failed', REMOTE_FAILED);
    }
  }
  const allowListHost = `${url.hostname}:${port}`;
  for (const entry of addresses) {
    const reason = refusalReason(policy, entry.address, port, allowListHost);
    if (reason) fail('avatar_remote_url_failed', `${REMOTE_FAILED} (aw-emulator: ${url.hostname} was not fetched, ${reason}; startEmulator({ allowPrivateAvatarUrls }) or --allow-private-avatar-urls allows private addresses.)`);
  }
  if (addresses.length === 0) fail('avatar_remote_url_failed', REMOTE_FAILED);
  return addresses[0]!;
}

/**
 * Sends a GET to a checked address: the socket connects to `target`, while the Host header and
 * the TLS server name stay the URL's host.
 *
 * @param url The URL.
 * @param target The checked address.
 * @param signal Aborts the request.
 *
 * @returns The response head (the body unread).
 */
function send(url: URL, target: PinnedTarget, signal: AbortSignal): Promise<IncomingMessage> {
  // Node asks `lookup` for the address of a host name; answering with the checked one pins it.
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) (callback as (error: null, addresses: Array<{ address: string; family: number }>) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        protocol: url.protocol,
        hostname: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers: { Host: url.host, Accept: '*/*', 'Accept-Encoding': 'identity', 'User-Agent': 'aw-emulator' },
        lookup: pinned,
        agent: false,
        signal,
      },
      resolve,
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/**
 * Reads a response body up to {@link MAX_REMOTE_BYTES}, destroying the transfer once it is passed.
 *
 * @param response The response.
 *
 * @returns The body bytes.
 */
async function readCapped(response: IncomingMessage): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      length += chunk.byteLength;
      if (length > MAX_REMOTE_BYTES) {
        response.destroy();
        return fail('avatar_remote_url_failed', 'The remote resource is larger than 20 MB.');
      }
      parts.push(chunk);
    }
  } catch (error) {
    if (!(error instanceof AppwriteException)) {
      return fail('avatar_remote_url_failed', 'The remote URL took too long to answer.');
    }
    throw error;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
