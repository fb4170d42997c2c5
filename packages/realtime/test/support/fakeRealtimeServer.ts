import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One socket the fake server accepted. */
export interface FakeConnection {
  readonly socket: WebSocket;
  readonly project: string;
  readonly channels: readonly string[];
  readonly received: unknown[];
  readonly openedAt: number;
  closedAt: number | undefined;
  closeCode: number | undefined;
}

/** Settings of the fake server. */
export interface FakeServerOptions {
  /** The `user` sent in `connected`; `null` means a guest (as when no cookie came with the handshake). */
  readonly user?: unknown;
  /** Decides whether to refuse a connection: returns a close code to use, or undefined to accept. */
  readonly refuse?: (connection: FakeConnection) => number | undefined;
  /** Answer every authentication message with an error, as Appwrite does for an expired session. */
  readonly rejectSessions?: boolean;
}

/**
 * Starts a WebSocket server on 127.0.0.1 that speaks the Appwrite realtime protocol as far as the
 * SDK uses it: `connected` on open, `authentication` answered with `response`, `ping` with `pong`,
 * `error` + close 1008 when no channels are given, and `publish` for events.
 */
export async function startFakeRealtimeServer(options: FakeServerOptions = {}) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const connections: FakeConnection[] = [];

  server.on('connection', (socket, request) => {
    const url = new URL(request.url ?? '/', 'ws://127.0.0.1');
    const connection: FakeConnection = {
      socket,
      project: url.searchParams.get('project') ?? '',
      channels: url.searchParams.getAll('channels[]'),
      received: [],
      openedAt: Date.now(),
      closedAt: undefined,
      closeCode: undefined,
    };
    connections.push(connection);
    socket.on('close', (code) => {
      connection.closedAt = Date.now();
      connection.closeCode = code;
    });
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; data?: { session?: string } };
      connection.received.push(message);
      if (message.type === 'authentication' && options.rejectSessions) {
        socket.send(JSON.stringify({ type: 'error', data: { code: 1003, message: 'Session is not valid.' } }));
      } else if (message.type === 'authentication') {
        socket.send(JSON.stringify({ type: 'response', data: { to: 'authentication', success: true, user: { $id: 'u1' } } }));
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      }
    });
    const refusal = connection.channels.length === 0 ? 1008 : options.refuse?.(connection);
    if (refusal !== undefined) {
      socket.send(JSON.stringify({ type: 'error', data: { code: refusal, message: 'Connection refused' } }));
      socket.close(refusal, 'refused');
      return;
    }
    socket.send(JSON.stringify({ type: 'connected', data: { channels: connection.channels, user: options.user ?? null } }));
  });

  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}/v1`,
    connections,
    /** Connections that are still open. */
    open: () => connections.filter((connection) => connection.closedAt === undefined),
    /** Sends an event to every open connection subscribed to one of its channels, as Appwrite does. */
    publish(event: { events: string[]; channels: string[]; payload: unknown }) {
      for (const connection of connections) {
        if (connection.closedAt !== undefined) continue;
        if (!event.channels.some((name) => connection.channels.includes(name))) continue;
        connection.socket.send(JSON.stringify({ type: 'event', data: { ...event, timestamp: new Date().toISOString() } }));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}

/** Waits until the condition holds, polling every 5 ms; fails after `timeout` ms. */
export async function waitFor(condition: () => boolean, timeout = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeout) throw new Error(`condition not met within ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
