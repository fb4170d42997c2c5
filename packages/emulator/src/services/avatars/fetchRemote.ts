import { fail } from '../../errors/AppwriteException.ts';

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Fetches a remote http(s) resource for the avatar service.
 *
 * @param url The URL.
 *
 * @returns The bytes and content type.
 */
export async function fetchRemote(url: string): Promise<{ bytes: Uint8Array; type: string; finalUrl: string }> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(10_000) });
  } catch {
    return fail('avatar_remote_url_failed', 'Failed to fetch the remote URL.');
  }
  if (!response.ok) fail('avatar_remote_url_failed', `The remote URL answered ${response.status}.`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_BYTES) fail('avatar_remote_url_failed', 'The remote resource is too large.');
  return { bytes, type: (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase(), finalUrl: response.url || url };
}
