// The browser's live stream: Server-Sent Events relayed from Appwrite's realtime socket, which
// this server opens as the user (locals.client carries the session secret from the cookie).
import { documents, eventStream } from '@aw/realtime';
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
  openStreams++;
  return eventStream(client, documents<{ text: string }>(NOTES.databaseId, NOTES.collectionId), {
    // Only what the page shows; Appwrite has already dropped events this user may not read.
    map: (event) => ({ events: event.events, payload: { $id: event.payload.$id, text: event.payload.text } }),
    signal: request.signal,
    onClose: () => openStreams--,
    // Node 20 has no global WebSocket; browsers and Node 22+ need no option.
    WebSocket: WebSocket as never,
  });
};
