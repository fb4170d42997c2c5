import { AwError } from '../errors/AwError.ts';

/**
 * Reads a response body as text, stopping once it grows past `maxBytes`, so a runaway
 * response cannot exhaust memory. Success bodies over the limit fail; error bodies are cut
 * at the limit instead, since their status still tells what happened.
 *
 * @param response The response.
 * @param maxBytes The largest body accepted, in bytes.
 * @param label `[METHOD /path]`, for the error message.
 *
 * @returns The text.
 *
 * @throws {AwError} When a success body is over the limit.
 *
 * @internal
 */
export async function _readText(response: Response, maxBytes: number, label: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (response.ok && declared > maxBytes) {
    await response.body?.cancel();
    throw new AwError(`${label} response body of ${declared} bytes is over the ${maxBytes}-byte limit`);
  }
  if (!response.body) return '';
  // Fast path: an uncompressed body framed by content-length cannot outgrow it, so the
  // runtime's own reader (much cheaper than decoding chunk by chunk) is safe.
  if (declared <= maxBytes && !response.headers.has('content-encoding')) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      if (response.ok) throw new AwError(`${label} response body is over the ${maxBytes}-byte limit`);
      return text + decoder.decode(value.subarray(0, value.byteLength - (size - maxBytes)));
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Parses a body as JSON when it says it is JSON (or looks like it), otherwise returns the text.
 *
 * `JSON.parse` makes `__proto__` an own key, so a hostile body cannot reach any prototype.
 *
 * @param text The body text.
 * @param contentType The `content-type` header.
 *
 * @returns The parsed value, the text, or `undefined` when empty.
 *
 * @internal
 */
export function _parseBody(text: string, contentType: string | null): unknown {
  if (text === '') return undefined;
  if (contentType?.includes('json') || /^\s*[{[]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
