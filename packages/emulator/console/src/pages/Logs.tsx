import { useEffect, useState } from 'preact/hooks';
import { call, onLive } from '../api.ts';
import { Badge, Empty, Json, PageHeader, Time } from '../ui.tsx';

interface EventEntry { seq: number; time: string; events: string[]; channels: string[]; payload: unknown }
interface RequestEntry { seq: number; time: string; method: string; path: string; status: number; durationMs: number; errorType?: string }

const LIMIT = 200;

/**
 * Keeps a log current: loads the last entries, then prepends each new one from the live stream.
 *
 * @param path The endpoint with the log.
 * @param key The answer's field.
 * @param kind The live message kind.
 *
 * @returns The entries, newest first.
 */
function useLog<T extends { seq: number }>(path: string, key: string, kind: 'event' | 'request'): T[] {
  const [entries, setEntries] = useState<T[]>([]);
  useEffect(() => {
    let seen = 0;
    const stop = onLive((messageKind, entry) => {
      if (messageKind !== kind) return;
      const next = entry as T;
      if (next.seq <= seen) return;
      setEntries((old) => [next, ...old].slice(0, LIMIT));
    });
    void call<Record<string, T[]>>(path).then((body) => {
      const loaded = body[key] ?? [];
      seen = loaded[0]?.seq ?? 0;
      setEntries((live) => [...live.filter((e) => e.seq > seen), ...loaded].slice(0, LIMIT));
    });
    return stop;
  }, [path]);
  return entries;
}

/** The realtime page: each event the emulator announced, its names and channels. */
export function RealtimePage() {
  const entries = useLog<EventEntry>('events', 'events', 'event');
  const [open, setOpen] = useState<number | undefined>(undefined);
  return (
    <section class="pane">
      <PageHeader title="Realtime" subtitle={`The last ${LIMIT} events, newest first, as subscribers receive them`} />
      {entries.length === 0 ? <Empty>No events yet. Create, change or delete something and it shows up here.</Empty> : (
        <table class="table">
          <thead><tr><th scope="col">Time</th><th scope="col">Event</th><th scope="col">Channels</th><th scope="col"><span class="visually-hidden">Payload</span></th></tr></thead>
          <tbody>
            {entries.map((e) => (
              <>
                <tr key={e.seq}>
                  <td class="nowrap"><Time iso={e.time} /></td>
                  <td class="mono">{e.events[0]}{e.events.length > 1 ? <span class="muted"> +{e.events.length - 1}</span> : null}</td>
                  <td>{e.channels.map((c) => <Badge key={c} tone="info">{c}</Badge>)}</td>
                  <td><button type="button" class="btn plain small" aria-expanded={open === e.seq} onClick={() => setOpen(open === e.seq ? undefined : e.seq)}>{open === e.seq ? 'Hide' : 'Payload'}</button></td>
                </tr>
                {open === e.seq ? <tr key={`${e.seq}-payload`}><td colSpan={4}><Json value={{ events: e.events, payload: e.payload }} /></td></tr> : null}
              </>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The request log: the last API requests with status, time and error type; nothing else is kept. */
export function RequestsPage() {
  const entries = useLog<RequestEntry>('requests', 'requests', 'request');
  return (
    <section class="pane">
      <PageHeader title="Requests" subtitle={`The last ${LIMIT} API requests, newest first (method, path, status, time and error type only)`} />
      {entries.length === 0 ? <Empty>No requests yet.</Empty> : (
        <table class="table">
          <thead><tr><th scope="col">Time</th><th scope="col">Method</th><th scope="col">Path</th><th scope="col">Status</th><th scope="col">Duration</th><th scope="col">Error</th></tr></thead>
          <tbody>
            {entries.map((r) => (
              <tr key={r.seq}>
                <td class="nowrap"><Time iso={r.time} /></td>
                <td><span class={`method ${r.method.toLowerCase()}`}>{r.method}</span></td>
                <td class="mono path">{r.path}</td>
                <td><Badge tone={r.status >= 500 ? 'bad' : r.status >= 400 ? 'warn' : 'ok'}>{r.status}</Badge></td>
                <td class="nowrap">{r.durationMs} ms</td>
                <td class="mono">{r.errorType ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
