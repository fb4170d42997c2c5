import { createFetch, type $Fetch, type FetchOptions, type FetchResponse } from 'ofetch';
import { AwError } from '../errors/errors.ts';

/**
 * Transport options interface: ofetch's options plus what our fetch step reads.
 *
 * @internal
 */
export interface TransportOptions extends FetchOptions<'json' | 'blob'> {
  /** The client's own `fetch`, when it has one. */
  readonly awFetch?: typeof fetch;
  /** The largest success body accepted, in bytes, when its length is declared. */
  readonly awMax: number;
  /** The call's method and path, which start the message of an error made here. */
  readonly awWhere: string;
}

let transport: $Fetch | undefined;

/**
 * Sends one attempt with ofetch, the one place the SDK calls its transport (so moving to
 * ofetch 2 is one change here). ofetch builds the query string, serialises JSON bodies, parses
 * the answer and turns a 4xx/5xx into a `FetchError` carrying the response.
 *
 * @param url The URL without the query string.
 * @param options The attempt's options.
 *
 * @returns The response, its parsed body in `_data`.
 *
 * @internal
 */
export function _transport(url: string, options: TransportOptions): Promise<FetchResponse<unknown>> {
  // One instance, made on first use (not at import, so a bundle that never sends stays small),
  // whose fetch step is ours: it picks the client's fetch and guards redirects and body size.
  return (transport ??= createFetch({ fetch: _fetch as typeof fetch })).raw(url, options);
}

/**
 * The fetch step under ofetch: picks the client's own fetch, and refuses a body that declares
 * more than `maxResponseBytes` before it is read.
 *
 * Redirects are never followed: requests go out with `redirect: 'error'`, and a 3xx that a custom
 * fetch hands back anyway is refused here. Following one would send the session, JWT or fallback
 * cookie (and on a 307 the body, password included) wherever `Location` points, and Appwrite's
 * API never redirects a request it serves.
 */
async function _fetch(input: RequestInfo, init: TransportOptions): Promise<Response> {
  // Cloudflare's workerd refuses `redirect: 'error'`; there a 3xx comes back as it is and is refused below.
  let response: Response;
  try {
    response = await (init.awFetch ?? fetch)(input, (globalThis.navigator?.userAgent === 'Cloudflare-Workers' ? { ...init, redirect: 'manual' } : init) as RequestInit);
  } catch (error) {
    // Node's fetch names the refused redirect; a browser reports it like any network failure.
    throw (error as { cause?: Error })?.cause?.message === 'unexpected redirect' ? new AwError(`${init.awWhere} ${REDIRECT}`) : error;
  }
  const { status } = response;
  const size = Number(response.headers.get('content-length'));
  const redirect = status > 299 && status < 400 && status !== 304;
  if (redirect || (response.ok && size > init.awMax)) {
    void response.body?.cancel();
    throw new AwError(`${init.awWhere} ${redirect ? `${REDIRECT} (${status})` : `response body of ${size} bytes is over the ${init.awMax}-byte limit`}`);
  }
  return response;
}

const REDIRECT = "redirect refused: credentials go to the endpoint's origin only";
