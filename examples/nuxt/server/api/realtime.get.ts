// The browser's live stream: Server-Sent Events relayed from Appwrite's realtime socket, which
// this server opens as the user with the session secret from the httpOnly cookie.
import { documents, subscribe } from '@aw/realtime';
import WebSocket from 'ws';

export default defineEventHandler((event) => {
  const client = requireClient(event);
  const stream = createEventStream(event);
  const stop = subscribe(client, documents<{ text: string }>(NOTES.databaseId, NOTES.collectionId), (change) => {
    // Only what the page shows; Appwrite has already dropped events this user may not read.
    void stream.push(JSON.stringify({ events: change.events, payload: { $id: change.payload.$id, text: change.payload.text } }));
  }, {
    // Node 20 has no global WebSocket; browsers and Node 22+ need no option.
    WebSocket: WebSocket as never,
    onConnected: () => void stream.push({ event: 'ready', data: '{}' }),
    onError: (error) => void stream.push({ event: 'failure', data: JSON.stringify(error.message) }),
  });
  stream.onClosed(() => stop());
  return stream.send();
});
