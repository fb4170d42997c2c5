// The browser's live stream: Server-Sent Events relayed from Appwrite's realtime socket, which
// this server opens as the user with the session secret from the httpOnly cookie.
import { documents, subscribe } from '@aw/realtime';
import WebSocket from 'ws';

// Each open stream holds a subscription (and, per user, a socket) to Appwrite: a bounded number per process.
const MAX_STREAMS = 500;
let openStreams = 0;

export default defineEventHandler((event) => {
  const client = requireClient(event);
  if (openStreams >= MAX_STREAMS) throw createError({ statusCode: 503, statusMessage: 'too many live streams' });
  openStreams++;
  const stream = createEventStream(event);
  const unsubscribe = subscribe(client, documents<{ text: string }>(NOTES.databaseId, NOTES.collectionId), (change) => {
    // Only what the page shows; Appwrite has already dropped events this user may not read.
    void stream.push(JSON.stringify({ events: change.events, payload: { $id: change.payload.$id, text: change.payload.text } }));
  }, {
    // Node 20 has no global WebSocket; browsers and Node 22+ need no option.
    WebSocket: WebSocket as never,
    onConnected: () => void stream.push({ event: 'ready', data: '{}' }),
    onError: (error) => void stream.push({ event: 'failure', data: JSON.stringify(error.message) }),
  });
  stream.onClosed(() => {
    openStreams--;
    unsubscribe();
  });
  return stream.send();
});
