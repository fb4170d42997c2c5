import type { Client } from '@aw/core';
import { subscribe } from '../subscribe/subscribe.ts';
import type { PayloadOf, RealtimeEvent, SubscribeOptions } from '../types.ts';

/**
 * Event stream options interface.
 */
export interface EventStreamOptions<TPayload> extends Omit<SubscribeOptions, 'onConnected' | 'onError'> {
  /**
   * What each event sends to the browser, serialised as JSON; the whole event when left out. Send
   * only what the page shows.
   */
  readonly map?: (event: RealtimeEvent<TPayload>) => unknown;
  /** Ends the stream when it aborts: pass the incoming request's signal. */
  readonly signal?: AbortSignal;
  /** Called once when the stream ends, for whatever reason (to count open streams, say). */
  readonly onClose?: () => void;
}

const HEADERS = { 'content-type': 'text/event-stream', 'cache-control': 'no-store, no-transform', 'x-accel-buffering': 'no' };

/**
 * Creates a response that relays realtime events to a browser as Server-Sent Events. A server
 * route opens the subscription as the signed-in user (a client with `withSession`), so the
 * session secret never reaches the page's scripts; the page listens with `EventSource`.
 *
 * The stream sends `event: ready` once the socket is subscribed, one `data:` line of JSON per
 * event, and `event: failure` with the message when the connection fails. It ends, and the
 * subscription with it, when the browser goes away or `signal` aborts. Next.js route handlers,
 * SvelteKit endpoints and any runtime with web `Response` can return it as is.
 *
 * @param client The client to subscribe as, carrying the user's session.
 * @param channels One channel or a list of them, built with `documents`, `files`, `account`, etc.
 * @param options What to send per event, the request's signal, an `onClose` hook and connection settings.
 *
 * @returns The `text/event-stream` response.
 *
 * @example
 * ```ts
 * import { withSession } from '@aw/core';
 * import { documents, eventStream } from '@aw/realtime';
 *
 * export function GET(request: Request): Response {
 *   const client = withSession(appwrite, readSecretFromCookie(request));
 *   return eventStream(client, documents<{ text: string }>('main', 'notes'), {
 *     signal: request.signal,
 *     map: (event) => ({ events: event.events, text: event.payload.text }),
 *   });
 * }
 * ```
 */
export function eventStream<TChannel extends string>(
  client: Client,
  channels: TChannel | readonly TChannel[],
  options: EventStreamOptions<PayloadOf<TChannel>> = {},
): Response {
  const { map, signal, onClose, ...connection } = options;
  const encoder = new TextEncoder();
  let unsubscribe: (() => void) | undefined;
  let open = true;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const stop = (): void => {
    if (!open) return;
    open = false;
    unsubscribe?.();
    signal?.removeEventListener('abort', stop);
    try {
      controller?.close();
    } catch {
      // The browser already closed it.
    }
    onClose?.();
  };
  const send = (text: string): void => {
    if (!open) return;
    try {
      controller?.enqueue(encoder.encode(text));
    } catch {
      stop(); // The browser went away between an event and this write.
    }
  };
  const body = new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
      if (signal?.aborted) return stop();
      signal?.addEventListener('abort', stop, { once: true });
      unsubscribe = subscribe(client, channels, (event) => send(`data: ${JSON.stringify(map ? map(event) : event)}\n\n`), {
        ...connection,
        onConnected: () => send('event: ready\ndata: {}\n\n'),
        onError: (error) => send(`event: failure\ndata: ${JSON.stringify(error.message)}\n\n`),
      });
    },
    cancel: stop,
  });
  return new Response(body, { headers: HEADERS });
}
