import type { Client } from '@aw/core';
import { sessionSecret } from '../auth/sessionSecret.ts';
import { createConnection, type Connection, type ConnectionSettings } from '../connection/createConnection.ts';
import type { Realtime, RealtimeOptions, WebSocketConstructor } from '../types.ts';

/**
 * Creates an isolated realtime instance: its own set of shared sockets, one per client identity
 * (endpoint, project, and the session the socket would authenticate with). Most apps use `subscribe`, which keeps one
 * such instance; create your own to pass defaults once or to close everything at shutdown.
 *
 * @param defaults Connection settings used for every socket of the instance; a `subscribe` call that opens a socket may override them.
 *
 * @returns The realtime instance.
 *
 * @example
 * ```ts
 * import WebSocket from 'ws';
 * const realtime = createRealtime({ WebSocket });
 * const stop = realtime.subscribe(client, documents('db', 'todos'), (event) => console.log(event.events[0]));
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createRealtime(defaults: RealtimeOptions = {}): Realtime {
  const connections = new Map<string, Connection>();

  return {
    subscribe(client: Client, channels: string | readonly string[], callback, options = {}) {
      const names: readonly string[] = typeof channels === 'string' ? [channels] : channels;
      if (!Array.isArray(names) || names.length === 0) throw new TypeError('subscribe: at least one channel is required');
      for (const name of names) {
        if (typeof name !== 'string' || name === '') throw new TypeError(`subscribe: channels must be non-empty strings, got ${JSON.stringify(name)}`);
      }
      if (typeof callback !== 'function') throw new TypeError('subscribe: callback must be a function');

      const merged = { ...defaults, ...options };
      const endpoint = merged.endpoint ?? client.endpoint;
      // The identity is who the socket will act as: clients with the same session (set on the
      // client or kept in its fallback cookies) share a socket; different users never do.
      const key = [endpoint, client.project, sessionSecret(client) ?? ''].join('\n');
      let connection = connections.get(key);
      if (!connection) {
        const settings = resolveSettings(merged, endpoint);
        const created = createConnection(client, settings, () => {
          if (connections.get(key) === created) connections.delete(key);
        });
        connection = created;
        connections.set(key, created);
      }
      return connection.add({ channels: new Set(names), callback: callback as never, onError: options.onError, onConnected: options.onConnected });
    },
    close() {
      for (const connection of [...connections.values()]) connection.close();
      connections.clear();
    },
  } as Realtime;
}

function resolveSettings(options: RealtimeOptions, endpoint: string): ConnectionSettings {
  const WebSocket = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (typeof WebSocket !== 'function') {
    throw new TypeError("subscribe: no WebSocket implementation; on Node 20 pass one, e.g. `{ WebSocket }` from the 'ws' package");
  }
  const reconnect = options.reconnect;
  return {
    WebSocket,
    endpoint,
    heartbeat: options.heartbeat ?? 0,
    reconnect:
      reconnect === false
        ? false
        : {
            baseDelay: reconnect?.baseDelay ?? 1_000,
            maxDelay: reconnect?.maxDelay ?? 30_000,
            maxAttempts: reconnect?.maxAttempts ?? Number.POSITIVE_INFINITY,
          },
  };
}
