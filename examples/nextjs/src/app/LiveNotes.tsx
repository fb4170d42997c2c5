'use client';
// Live updates for the signed-in user. Appwrite 1.5's realtime socket accepts a session secret
// but no JWT, and the secret must never reach page scripts, so the browser listens to this app's
// own /api/realtime stream (same origin: the httpOnly cookie goes along), where the server
// subscribes with @aw/realtime as the user and passes on what Appwrite lets that user see.
import { useEffect, useState } from 'react';

interface NoteEvent {
  readonly events: readonly string[];
  readonly payload: { readonly $id: string; readonly text?: string };
}

export function LiveNotes() {
  const [state, setState] = useState<'connecting' | 'live' | 'lost'>('connecting');
  const [events, setEvents] = useState<NoteEvent[]>([]);
  useEffect(() => {
    const source = new EventSource('/api/realtime');
    source.addEventListener('ready', () => setState('live'));
    source.onmessage = (message) => setEvents((list) => [JSON.parse(message.data as string) as NoteEvent, ...list].slice(0, 20));
    source.onerror = () => setState(source.readyState === EventSource.CLOSED ? 'lost' : 'connecting');
    return () => source.close();
  }, []);
  return (
    <section id="live" data-state={state}>
      <h2>Live ({state})</h2>
      <ul id="live-events">
        {events.map((event, index) => (
          <li key={index}>
            {event.events[0]?.split('.').at(-1)}: {event.payload.text ?? event.payload.$id}
          </li>
        ))}
      </ul>
    </section>
  );
}
