// The browser's live stream: Server-Sent Events relayed from Appwrite's realtime socket, which
// this server opens as the user (locals.client carries the session secret from the cookie).
import { documents, subscribe } from '@aw/realtime';
import WebSocket from 'ws';
import { NOTES } from '$lib/server/config';
import type { RequestHandler } from './$types';

// Each open stream holds a subscription (and, per user, a socket) to Appwrite: a bounded number per process.
const MAX_STREAMS = 500;
let openStreams = 0;

export const GET: RequestHandler = ({ locals, request }) => {
  const client = locals.client;
  if (!client) return new Response('signed out', { status: 401 });
  if (openStreams >= MAX_STREAMS) return new Response('too many live streams', { status: 503, headers: { 'retry-after': '30' } });
  const encoder = new TextEncoder();
  let unsubscribe = (): void => undefined;
  let open = true;
  openStreams++;
  const stop = (): void => {
    if (!open) return;
    open = false;
    openStreams--;
    unsubscribe();
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop(); // The browser went away between an event and this write.
        }
      };
      unsubscribe = subscribe(client, documents<{ text: string }>(NOTES.databaseId, NOTES.collectionId), (event) => {
        // Only what the page shows; Appwrite has already dropped events this user may not read.
        send(`data: ${JSON.stringify({ events: event.events, payload: { $id: event.payload.$id, text: event.payload.text } })}\n\n`);
      }, {
        // Node 20 has no global WebSocket; browsers and Node 22+ need no option.
        WebSocket: WebSocket as never,
        onConnected: () => send('event: ready\ndata: {}\n\n'),
        onError: (error) => send(`event: failure\ndata: ${JSON.stringify(error.message)}\n\n`),
      });
      request.signal.addEventListener('abort', () => {
        stop();
        try {
          controller.close();
        } catch {
          // Already closed.
        }
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store, no-transform', 'x-accel-buffering': 'no' } });
};
