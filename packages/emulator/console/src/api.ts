import { useEffect, useRef, useState } from 'preact/hooks';

const token = document.querySelector<HTMLMetaElement>('meta[name="aw-console-token"]')?.content ?? '';

/** An error answer of the console API (an Appwrite error body). */
export class ConsoleError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly type: string,
  ) {
    super(message);
  }
}

/**
 * Calls a console endpoint (below `/__emulator/api/`). Writes carry the page's token.
 *
 * @param path The path after `api/`.
 * @param init Method and JSON body.
 *
 * @returns The parsed JSON answer (undefined for 204).
 */
export async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers['x-aw-console-token'] = token;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`api/${path}`, { method, headers, ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}) });
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => ({}))) as { message?: string; type?: string };
  if (!response.ok) throw new ConsoleError(body.message ?? response.statusText, response.status, body.type ?? 'general_unknown');
  return body as T;
}

/** Encodes one path segment. */
export const seg = encodeURIComponent;

type LiveKind = 'request' | 'event' | 'outbox' | 'ready';
type LiveListener = (kind: LiveKind, entry: unknown) => void;
const listeners = new Set<LiveListener>();
let source: EventSource | undefined;
let connected = false;
const statusListeners = new Set<(connected: boolean) => void>();

function connect(): void {
  if (source) return;
  source = new EventSource('api/live');
  for (const kind of ['request', 'event', 'outbox', 'ready'] as const) {
    source.addEventListener(kind, (message) => {
      const entry: unknown = JSON.parse((message as MessageEvent<string>).data);
      for (const listener of listeners) listener(kind, entry);
    });
  }
  source.addEventListener('open', () => setConnected(true));
  source.addEventListener('error', () => setConnected(false));
}

function setConnected(value: boolean): void {
  connected = value;
  for (const listener of statusListeners) listener(value);
}

/**
 * Subscribes to the emulator's live stream.
 *
 * @param listener Called with each message.
 *
 * @returns The unsubscribe function.
 */
export function onLive(listener: LiveListener): () => void {
  connect();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the live stream is connected, kept current. */
export function useLiveStatus(): boolean {
  const [value, setValue] = useState(connected);
  useEffect(() => {
    connect();
    statusListeners.add(setValue);
    return () => statusListeners.delete(setValue);
  }, []);
  return value;
}

/** What `useData` returns. */
export interface Loaded<T> {
  data: T | undefined;
  error: ConsoleError | undefined;
  reload: () => void;
}

/**
 * Loads console data and loads it again whenever the emulator reports a change (a request was
 * handled, an event announced, a message sent), at most every 150 ms.
 *
 * @param path The endpoint, or undefined to load nothing.
 *
 * @returns The data, the last error and a reload function.
 */
export function useData<T>(path: string | undefined): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ConsoleError | undefined>(undefined);
  const current = useRef(path);
  current.current = path;
  const reload = (): void => {
    if (path === undefined) return;
    call<T>(path).then(
      (value) => {
        if (current.current !== path) return;
        setData(value);
        setError(undefined);
      },
      (reason: ConsoleError) => {
        if (current.current === path) setError(reason);
      },
    );
  };
  useEffect(() => {
    setData(undefined);
    setError(undefined);
    reload();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onLive((kind, entry) => {
      // Reads change nothing; anything else (a write, an event, a new message) may.
      if (kind === 'ready' || (kind === 'request' && (entry as { method?: string }).method === 'GET')) return;
      clearTimeout(timer);
      timer = setTimeout(reload, 150);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [path]);
  return { data, error, reload };
}
