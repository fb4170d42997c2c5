import { createClient, memoryCookieStorage, withLocale, withSession, type Client } from '@aw/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createRealtime, documents, files, RealtimeError, subscribe, type Realtime, type RealtimeEvent } from '../src/index.ts';
import { sleep, startFakeRealtimeServer, waitFor } from './support/fakeRealtimeServer.ts';

type FakeServer = Awaited<ReturnType<typeof startFakeRealtimeServer>>;

let server: FakeServer;
let realtime: Realtime;
let client: Client;

const todos = documents<{ title: string }>('db', 'todos');
const todosChannel = 'databases.db.collections.todos.documents';

function todoEvent(title: string) {
  return {
    events: [`databases.db.collections.todos.documents.t1.create`],
    channels: ['documents', todosChannel, `${todosChannel}.t1`],
    payload: { $id: 't1', title },
  };
}

beforeEach(async () => {
  server = await startFakeRealtimeServer();
  realtime = createRealtime({ WebSocket, reconnect: { baseDelay: 40, maxDelay: 200 } });
  client = createClient({ endpoint: server.endpoint, project: 'p1', cookieStorage: memoryCookieStorage() });
});

afterEach(async () => {
  realtime.close();
  await server.close();
});

describe('subscribe over a loopback server', () => {
  it('delivers an event only to the callbacks whose channels it was published on', async () => {
    const todoEvents: RealtimeEvent<{ title: string }>[] = [];
    const fileEvents: unknown[] = [];
    realtime.subscribe(client, todos, (event) => todoEvents.push(event));
    realtime.subscribe(client, files('avatars'), (event) => fileEvents.push(event));
    await waitFor(() => server.open().length === 1 && server.open()[0]!.channels.length === 2);

    server.publish(todoEvent('milk'));
    await waitFor(() => todoEvents.length === 1);
    await sleep(30);
    expect(fileEvents).toEqual([]);
    expect(todoEvents[0]!.payload.title).toBe('milk');
    expect(todoEvents[0]!.events).toEqual(['databases.db.collections.todos.documents.t1.create']);
    expect(todoEvents[0]!.channels).toContain(todosChannel);
    expect(typeof todoEvents[0]!.timestamp).toBe('string');
  });

  it('shares one socket between subscriptions made in the same tick', async () => {
    realtime.subscribe(client, todos, () => {});
    realtime.subscribe(client, [files('avatars'), todos], () => {});
    await waitFor(() => server.connections.length >= 1);
    await sleep(60);
    expect(server.connections).toHaveLength(1);
    expect([...server.connections[0]!.channels].sort()).toEqual(['buckets.avatars.files', todosChannel]);
    expect(server.connections[0]!.project).toBe('p1');
  });

  it('shares the socket between clients acting as the same user', async () => {
    realtime.subscribe(withSession(client, 'alice'), todos, () => {});
    realtime.subscribe(withLocale(withSession(client, 'alice'), 'de'), files('b'), () => {});
    await waitFor(() => server.connections.length >= 1);
    await sleep(60);
    expect(server.connections).toHaveLength(1);
  });

  it('opens separate sockets for different sessions', async () => {
    realtime.subscribe(withSession(client, 'alice'), todos, () => {});
    realtime.subscribe(withSession(client, 'bob'), todos, () => {});
    await waitFor(() => server.open().length === 2);
    await waitFor(() => server.connections.every((c) => c.received.length > 0));
    expect(server.connections.map((c) => (c.received[0] as { data: { session: string } }).data.session).sort()).toEqual(['alice', 'bob']);
  });

  it('reopens the socket with the new channel set when a subscription is added later', async () => {
    const received: string[] = [];
    let connected = 0;
    realtime.subscribe(client, todos, (event) => received.push(event.payload.title), { onConnected: () => connected++ });
    await waitFor(() => connected === 1);
    const first = server.open()[0]!;
    expect(first.channels).toEqual([todosChannel]);

    realtime.subscribe(client, files('avatars'), () => {});
    await waitFor(() => first.closedAt !== undefined && server.open().length === 1);
    const second = server.open()[0]!;
    expect(second).not.toBe(first);
    expect([...second.channels].sort()).toEqual(['buckets.avatars.files', todosChannel]);
    expect(first.closeCode).toBe(1000);

    server.publish(todoEvent('eggs'));
    await waitFor(() => received.length === 1);
    expect(received).toEqual(['eggs']);
  });

  it('reopens with fewer channels when one of several subscriptions ends, and stops delivering to it', async () => {
    const todoTitles: string[] = [];
    const stopTodos = realtime.subscribe(client, todos, (event) => todoTitles.push(event.payload.title));
    realtime.subscribe(client, files('avatars'), () => {});
    await waitFor(() => server.open().length === 1);
    stopTodos();
    await waitFor(() => server.open().length === 1 && server.open()[0]!.channels.length === 1);
    expect(server.open()[0]!.channels).toEqual(['buckets.avatars.files']);
    server.publish(todoEvent('late'));
    await sleep(50);
    expect(todoTitles).toEqual([]);
  });

  it('closes the socket when the last subscription ends, and unsubscribe twice is harmless', async () => {
    let connected = 0;
    const stop = realtime.subscribe(client, todos, () => {}, { onConnected: () => connected++ });
    await waitFor(() => connected === 1);
    stop();
    stop();
    await waitFor(() => server.open().length === 0);
    expect(server.connections[0]!.closeCode).toBe(1000);
    await sleep(150);
    expect(server.connections).toHaveLength(1);
  });

  it('opens nothing when a subscription ends in the same tick it started', async () => {
    realtime.subscribe(client, todos, () => {})();
    await sleep(80);
    expect(server.connections).toHaveLength(0);
  });

  it('reconnects with backoff after the server drops the socket, then delivers again', async () => {
    const titles: string[] = [];
    realtime.subscribe(client, todos, (event) => titles.push(event.payload.title));
    await waitFor(() => server.open().length === 1);
    server.open()[0]!.socket.terminate();
    await waitFor(() => server.open().length === 1 && server.connections.length === 2);
    const [dropped, resumed] = server.connections;
    // The first delay is between half and all of baseDelay (40 ms).
    expect(resumed!.openedAt - dropped!.closedAt!).toBeGreaterThanOrEqual(10);
    expect(resumed!.channels).toEqual([todosChannel]);

    server.publish(todoEvent('after drop'));
    await waitFor(() => titles.length === 1);
    expect(titles).toEqual(['after drop']);
  });

  it('waits longer on each failed attempt and gives up after maxAttempts', async () => {
    const failing = await startFakeRealtimeServer({ refuse: () => 1011 });
    const limited = createRealtime({ WebSocket, reconnect: { baseDelay: 20, maxDelay: 1_000, maxAttempts: 3 } });
    const errors: Error[] = [];
    try {
      const c = createClient({ endpoint: failing.endpoint, project: 'p1', cookieStorage: memoryCookieStorage() });
      limited.subscribe(c, todos, () => {}, { onError: (error) => errors.push(error) });
      await waitFor(() => errors.some((e) => /will not be reopened/.test(e.message)), 5_000);
      await sleep(200);
      expect(failing.connections).toHaveLength(4);
      const gaps = failing.connections.slice(1).map((c, i) => c.openedAt - failing.connections[i]!.closedAt!);
      // Delays are drawn from [d/2, d] with d = 20, 40, 80 ms, so the last wait beats the first.
      expect(gaps[2]!).toBeGreaterThan(gaps[0]! - 5);
      expect(gaps[2]!).toBeGreaterThanOrEqual(30);
      const last = errors.at(-1) as RealtimeError;
      expect(last).toBeInstanceOf(RealtimeError);
      expect(last.code).toBe(1011);
    } finally {
      limited.close();
      await failing.close();
    }
  });

  it('does not reconnect after a policy-violation close (1008) and reports it', async () => {
    const strict = await startFakeRealtimeServer({ refuse: (connection) => (connection.project === 'banned' ? 1008 : undefined) });
    const errors: RealtimeError[] = [];
    try {
      const c = createClient({ endpoint: strict.endpoint, project: 'banned', cookieStorage: memoryCookieStorage() });
      realtime.subscribe(c, todos, () => {}, { onError: (error) => errors.push(error as RealtimeError) });
      await waitFor(() => errors.some((e) => e.code === 1008 && /policy/.test(e.message)));
      await sleep(300);
      expect(strict.connections).toHaveLength(1);
      // The server's own error message is reported too.
      expect(errors.map((e) => e.message)).toContain('realtime: Connection refused');
    } finally {
      await strict.close();
    }
  });

  it('sends the client session in an authentication message after connected', async () => {
    realtime.subscribe(withSession(client, 'secret-1'), todos, () => {});
    await waitFor(() => server.connections[0]?.received.length === 1);
    expect(server.connections[0]!.received[0]).toEqual({ type: 'authentication', data: { session: 'secret-1' } });
  });

  it('sends the session kept in the fallback cookie storage', async () => {
    const storage = memoryCookieStorage();
    storage.setItem('cookieFallback', JSON.stringify({ a_session_p1: 'from-cookie', a_session_other: 'no' }));
    const c = createClient({ endpoint: server.endpoint, project: 'p1', cookieStorage: storage });
    realtime.subscribe(c, todos, () => {});
    await waitFor(() => server.connections[0]?.received.length === 1);
    expect(server.connections[0]!.received[0]).toEqual({ type: 'authentication', data: { session: 'from-cookie' } });
  });

  it('sends no authentication message for a guest, nor when the handshake already identified the user', async () => {
    realtime.subscribe(client, todos, () => {});
    const known = await startFakeRealtimeServer({ user: { $id: 'u1' } });
    const other = createRealtime({ WebSocket });
    try {
      other.subscribe(withSession(createClient({ endpoint: known.endpoint, project: 'p1' }), 's'), todos, () => {});
      await waitFor(() => server.open().length === 1 && known.open().length === 1);
      await sleep(60);
      expect(server.connections[0]!.received).toEqual([]);
      expect(known.connections[0]!.received).toEqual([]);
    } finally {
      other.close();
      await known.close();
    }
  });

  it('reports server error messages and errors thrown by a callback, and keeps delivering to others', async () => {
    const errors: Error[] = [];
    const seen: string[] = [];
    realtime.subscribe(client, todos, () => {
      throw new Error('boom');
    }, { onError: (error) => errors.push(error) });
    realtime.subscribe(client, todos, (event) => seen.push(event.payload.title));
    await waitFor(() => server.open().length === 1);
    server.publish(todoEvent('x'));
    await waitFor(() => seen.length === 1 && errors.length === 1);
    expect(errors[0]!.message).toBe('boom');

    server.open()[0]!.socket.send(JSON.stringify({ type: 'error', data: { code: 429, message: 'Too many messages.' } }));
    await waitFor(() => errors.length === 2);
    expect(errors[1]).toMatchObject({ name: 'RealtimeError', code: 429, message: 'realtime: Too many messages.' });
  });

  it('ignores frames that are not valid protocol messages', async () => {
    const seen: unknown[] = [];
    realtime.subscribe(client, todos, (event) => seen.push(event));
    await waitFor(() => server.open().length === 1);
    const socket = server.open()[0]!.socket;
    socket.send('not json');
    socket.send(JSON.stringify({ type: 'event', data: { events: 'x', channels: [todosChannel] } }));
    socket.send(JSON.stringify({ type: 'mystery' }));
    server.publish(todoEvent('ok'));
    await waitFor(() => seen.length === 1);
    await sleep(30);
    expect(seen).toHaveLength(1);
  });

  it('calls onConnected once events flow: after the greeting for a guest, after the answer when authenticating', async () => {
    const order: string[] = [];
    realtime.subscribe(client, todos, () => {}, { onConnected: () => order.push('guest') });
    realtime.subscribe(withSession(client, 's1'), todos, () => {}, {
      onConnected: () => order.push(`user after ${server.connections.find((c) => c.received.length > 0)?.received.length ?? 0} message`),
    });
    await waitFor(() => order.length === 2);
    expect(order.sort()).toEqual(['guest', 'user after 1 message']);
  });

  it('calls onConnected again after a reconnect, and at once for a subscription joining a ready socket', async () => {
    let first = 0;
    let second = 0;
    realtime.subscribe(client, todos, () => {}, { onConnected: () => first++ });
    await waitFor(() => first === 1);
    realtime.subscribe(client, todos, () => {}, { onConnected: () => second++ });
    await waitFor(() => second === 1);
    expect(server.connections).toHaveLength(1);

    server.open()[0]!.socket.terminate();
    await waitFor(() => first === 2 && second === 2);
    expect(server.connections).toHaveLength(2);
  });

  it('treats a refused session as a guest connection that is ready all the same', async () => {
    const refusing = await startFakeRealtimeServer({ rejectSessions: true });
    const errors: RealtimeError[] = [];
    let connected = 0;
    try {
      const c = withSession(createClient({ endpoint: refusing.endpoint, project: 'p1' }), 'expired');
      realtime.subscribe(c, todos, () => {}, { onError: (e) => errors.push(e as RealtimeError), onConnected: () => connected++ });
      await waitFor(() => connected === 1);
      expect(errors.map((e) => [e.code, e.message])).toEqual([[1003, 'realtime: Session is not valid.']]);
      expect(refusing.open()).toHaveLength(1);
    } finally {
      await refusing.close();
    }
  });

  it('sends ping messages when a heartbeat interval is set', async () => {
    realtime.subscribe(client, todos, () => {}, { heartbeat: 20 });
    await waitFor(() => (server.connections[0]?.received.length ?? 0) >= 2);
    expect(server.connections[0]!.received[0]).toEqual({ type: 'ping' });
  });

  it('closes every socket of an instance with close()', async () => {
    let connected = 0;
    realtime.subscribe(client, todos, () => {}, { onConnected: () => connected++ });
    realtime.subscribe(withSession(client, 's2'), todos, () => {}, { onConnected: () => connected++ });
    await waitFor(() => connected === 2);
    realtime.close();
    await waitFor(() => server.open().length === 0);
    await sleep(120);
    expect(server.connections).toHaveLength(2);
  });

  it('uses one shared default instance for the top-level subscribe', async () => {
    const titles: string[] = [];
    const stopA = subscribe(client, todos, (event) => titles.push(event.payload.title), { WebSocket });
    const stopB = subscribe(client, todos, (event) => titles.push(event.payload.title.toUpperCase()));
    await waitFor(() => server.open().length === 1);
    server.publish(todoEvent('tea'));
    await waitFor(() => titles.length === 2);
    expect(titles.sort()).toEqual(['TEA', 'tea']);
    stopA();
    stopB();
    await waitFor(() => server.open().length === 0);
  });

  it('throws at once when there is no WebSocket implementation or the input is wrong', () => {
    vi.stubGlobal('WebSocket', undefined);
    try {
      expect(() => createRealtime().subscribe(client, todos, () => {})).toThrow(/no WebSocket implementation/);
    } finally {
      vi.unstubAllGlobals();
    }
    expect(() => realtime.subscribe(client, [], () => {})).toThrow(/at least one channel/);
    expect(() => realtime.subscribe(client, [''], () => {})).toThrow(/non-empty/);
    expect(() => realtime.subscribe(client, todos, 'nope' as never)).toThrow(/callback/);
  });
});
