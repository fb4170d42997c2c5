import { AppwriteException, fail } from '../../errors/AppwriteException.ts';

/** Largest remote body the avatar service reads (20 MB); a longer one is cut off and refused. */
export const MAX_REMOTE_BYTES = 20 * 1024 * 1024;

/** How long a remote answer may take, headers and body together. */
export const REMOTE_TIMEOUT_MS = 10_000;

/** Options of `fetchRemote`. */
export interface FetchRemoteOptions {
  /** Checks the content type before any of the body is read; a refused answer is dropped unread. */
  accept?: (type: string) => boolean;
  /** What to answer when `accept` refuses the type. */
  refused?: () => never;
}

/**
 * Fetches a remote http(s) resource for the avatar service, streaming the body with a byte
 * cap ({@link MAX_REMOTE_BYTES}) and one deadline for headers and body ({@link REMOTE_TIMEOUT_MS}),
 * so a huge or endless answer costs at most 20 MB and 10 s.
 *
 * @param url The URL.
 * @param options The content-type check.
 *
 * @returns The bytes, the content type (lower case, without parameters) and the final URL.
 */
export async function fetchRemote(url: string, options: FetchRemoteOptions = {}): Promise<{ bytes: Uint8Array; type: string; finalUrl: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REMOTE_TIMEOUT_MS);
  try {
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'follow', signal: controller.signal });
    } catch {
      return fail('avatar_remote_url_failed', 'Failed to fetch the remote URL.');
    }
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!response.ok) {
      controller.abort();
      fail('avatar_remote_url_failed', `The remote URL answered ${response.status}.`);
    }
    if (options.accept && !options.accept(type)) {
      controller.abort();
      (options.refused ?? (() => fail('avatar_image_not_found', 'The requested image was not found at the URL.')))();
    }
    const announced = Number(response.headers.get('content-length') ?? Number.NaN);
    if (announced > MAX_REMOTE_BYTES) {
      controller.abort();
      fail('avatar_remote_url_failed', 'The remote resource is larger than 20 MB.');
    }
    const bytes = await readCapped(response, controller);
    return { bytes, type, finalUrl: response.url || url };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a response body up to {@link MAX_REMOTE_BYTES}, aborting the transfer once it is passed.
 *
 * @param response The response.
 * @param controller Aborts the transfer.
 *
 * @returns The body bytes.
 */
async function readCapped(response: Response, controller: AbortController): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.byteLength;
      if (length > MAX_REMOTE_BYTES) {
        controller.abort();
        return fail('avatar_remote_url_failed', 'The remote resource is larger than 20 MB.');
      }
      parts.push(value);
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
