// The browser's live stream: Server-Sent Events relayed from Appwrite's realtime socket, which
// this server opens as the user with the session secret from the httpOnly cookie.
import { withSession } from '@aw/core';
import { documents, eventStream } from '@aw/realtime';
import type { NextRequest } from 'next/server';
import WebSocket from 'ws';
import { guestClient } from '../../../lib/appwrite';
import { NOTES, SESSION_COOKIE } from '../../../lib/config';

export const dynamic = 'force-dynamic';

// Each open stream holds a subscription (and, per user, a socket) to Appwrite: a bounded number per process.
const MAX_STREAMS = 500;
let openStreams = 0;

export function GET(request: NextRequest): Response {
  const secret = request.cookies.get(SESSION_COOKIE)?.value;
  if (!secret) return new Response('signed out', { status: 401 });
  if (openStreams >= MAX_STREAMS) return new Response('too many live streams', { status: 503, headers: { 'retry-after': '30' } });
  openStreams++;
  return eventStream(withSession(guestClient(), secret), documents<{ text: string }>(NOTES.databaseId, NOTES.collectionId), {
    // Only what the page shows; Appwrite has already dropped events this user may not read.
    map: (event) => ({ events: event.events, payload: { $id: event.payload.$id, text: event.payload.text } }),
    signal: request.signal,
    onClose: () => openStreams--,
    // Node 20 has no global WebSocket; browsers and Node 22+ need no option.
    WebSocket: WebSocket as never,
  });
}
