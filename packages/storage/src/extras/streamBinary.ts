import { withOptions, type Client, type RequestOptions } from '@aw/core';
import { request, type Operation } from '@aw/core/internal';

/**
 * Sends a binary GET operation and hands back the response body as a stream instead of
 * reading it into a Blob.
 *
 * It goes through core's `request` (same headers, cookies, retries and errors) with a
 * `fetch` that keeps the body aside. Only the wait for the response headers is bounded by the
 * per-attempt timeout: a large download may take longer than that, so once headers arrive
 * the body can only be cut by the caller's `signal` (or by cancelling the stream).
 *
 * @param client The client.
 * @param operation The binary operation.
 * @param params The operation params.
 * @param options The per-call options.
 *
 * @returns The promise of the body stream; it rejects like any operation on a non-2xx answer.
 *
 * @internal
 */
export async function _streamBinary(
  client: Client,
  operation: Operation,
  params: Readonly<Record<string, unknown>>,
  options: RequestOptions = {},
): Promise<ReadableStream<Uint8Array>> {
  const baseFetch = client.fetch ?? globalThis.fetch;
  let body: ReadableStream<Uint8Array> | null = null;

  const keepBodyFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const controller = new AbortController();
    const attemptSignal = init?.signal ?? undefined;
    const abortFromAttempt = (): void => controller.abort(attemptSignal?.reason);
    if (attemptSignal?.aborted) abortFromAttempt();
    attemptSignal?.addEventListener('abort', abortFromAttempt, { once: true });
    const userSignal = options.signal;
    userSignal?.addEventListener('abort', () => controller.abort(userSignal.reason), { once: true });
    try {
      const response = await baseFetch(input, { ...init, signal: controller.signal });
      if (!response.ok || response.body === null) return response;
      body = response.body;
      // core reads this empty stand-in; the real body is returned to the caller untouched.
      return new Response(null, { status: response.status, statusText: response.statusText, headers: response.headers });
    } finally {
      attemptSignal?.removeEventListener('abort', abortFromAttempt);
    }
  };

  await request(withOptions(client, { fetch: keepBodyFetch as typeof fetch }), operation, params, options);
  return body ?? new Blob([]).stream();
}
