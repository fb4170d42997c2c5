import type { Client } from '@aw/core';
import { sessionSecret } from '../auth/sessionSecret.ts';
import { backoffDelay } from '../backoff/backoffDelay.ts';
import { RealtimeError } from '../errors/RealtimeError.ts';
import { parseMessage } from '../message/parseMessage.ts';
import type { RealtimeCallback, RealtimeEvent, Unsubscribe, WebSocketCloseLike, WebSocketConstructor, WebSocketLike } from '../types.ts';
import { realtimeUrl } from '../url/realtimeUrl.ts';

/** The close code Appwrite uses when it refuses a connection (unknown project, no channels, abuse). */
const POLICY_VIOLATION = 1008;

/** The close code for an orderly close by the SDK itself. */
const NORMAL_CLOSURE = 1000;

/**
 * Subscription interface: one caller's interest in a set of channels.
 *
 * @internal
 */
export interface Subscription {
  /** The channels. */
  readonly channels: ReadonlySet<string>;
  /** Called for matching events. */
  readonly callback: RealtimeCallback<unknown>;
  /** Called for errors; without it, errors thrown by `callback` are rethrown outside the SDK. */
  readonly onError: ((error: Error) => void) | undefined;
  /** Called each time a socket carrying all of this subscription's channels is ready. */
  readonly onConnected: (() => void) | undefined;
}

/**
 * Connection settings interface: resolved options of one shared socket.
 *
 * @internal
 */
export interface ConnectionSettings {
  /** The WebSocket implementation. */
  readonly WebSocket: WebSocketConstructor;
  /** Reconnect settings, or `false`. */
  readonly reconnect: { readonly baseDelay: number; readonly maxDelay: number; readonly maxAttempts: number } | false;
  /** The endpoint the realtime URL is built from. */
  readonly endpoint: string;
  /** The heartbeat interval in milliseconds, `0` for none. */
  readonly heartbeat: number;
}

/**
 * Connection interface: one shared socket and the subscriptions using it.
 *
 * @internal
 */
export interface Connection {
  /** Adds a subscription; the socket is (re)opened with the new channel set on the next tick. */
  add(subscription: Subscription): Unsubscribe;
  /** Drops every subscription and closes the socket now. */
  close(): void;
}

/**
 * Creates the shared socket of one client identity. The socket follows the union of its
 * subscriptions' channels: changes made in the same tick are applied together by reopening the
 * socket once (Appwrite fixes the channels at connect time), and it closes when none remain.
 *
 * @param client The client whose project and session are used.
 * @param settings The connection settings.
 * @param onIdle Called when the last subscription has gone and the socket is closed.
 *
 * @returns The connection.
 *
 * @internal
 */
export function createConnection(client: Client, settings: ConnectionSettings, onIdle: () => void): Connection {
  const subscriptions = new Set<Subscription>();
  let socket: WebSocketLike | undefined;
  // The channel set the current socket (or the pending reconnect) is for.
  let socketKey = '';
  // A channel set the server refused by policy, or that exhausted its reconnect attempts.
  let refusedKey: string | undefined;
  let attempts = 0;
  let syncTimer: ReturnType<typeof setTimeout> | undefined;
  let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
  let heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  // Ready: greeted by the server and, when a session was sent, answered; events flow from here on.
  let ready = false;
  let awaitingAuthentication = false;
  // Subscriptions already told that the current socket is ready.
  const announced = new Set<Subscription>();

  function wantedChannels(): string[] {
    const all = new Set<string>();
    for (const subscription of subscriptions) for (const name of subscription.channels) all.add(name);
    return [...all].sort();
  }

  function scheduleSync(): void {
    syncTimer ??= setTimeout(sync, 0);
  }

  function sync(): void {
    syncTimer = undefined;
    const channels = wantedChannels();
    if (channels.length === 0) {
      shutdown();
      onIdle();
      return;
    }
    const key = channels.join('\n');
    if (key === socketKey && (socket || reconnectTimer)) {
      announce();
      return;
    }
    if (key === refusedKey) return;
    refusedKey = undefined;
    attempts = 0;
    open(channels, key);
  }

  function open(channels: readonly string[], key: string): void {
    clearTimeout(reconnectTimer);
    reconnectTimer = undefined;
    dropSocket();
    socketKey = key;
    announced.clear();
    let ws: WebSocketLike;
    try {
      ws = new settings.WebSocket(realtimeUrl(settings.endpoint, client.project, channels));
    } catch (error) {
      // A bad URL or a missing implementation will not get better by retrying.
      refusedKey = key;
      report(new RealtimeError(`realtime: could not open the socket: ${(error as Error)?.message ?? error}`, 0, { cause: error }));
      return;
    }
    socket = ws;
    ws.onmessage = (event) => {
      if (socket === ws) handleMessage(ws, event.data);
    };
    // A close event always follows an error event; it decides what happens next.
    ws.onerror = () => {};
    ws.onclose = (event) => {
      if (socket === ws) handleClose(event);
    };
  }

  function dropSocket(): void {
    ready = false;
    awaitingAuthentication = false;
    clearInterval(heartbeatTimer);
    heartbeatTimer = undefined;
    const old = socket;
    socket = undefined;
    if (!old) return;
    try {
      old.close(NORMAL_CLOSURE);
    } catch {
      // Closing a socket that already failed can throw in some implementations; it is gone either way.
    }
  }

  function shutdown(): void {
    clearTimeout(reconnectTimer);
    reconnectTimer = undefined;
    dropSocket();
    socketKey = '';
    refusedKey = undefined;
    attempts = 0;
  }

  function handleMessage(ws: WebSocketLike, raw: unknown): void {
    const message = parseMessage(raw);
    if (!message) return;
    switch (message.type) {
      case 'connected': {
        attempts = 0;
        // A session cookie sent with the handshake already identifies the user; otherwise the
        // secret goes in a message, as Appwrite cannot read headers set by browser WebSockets.
        const secret = message.data.user ? undefined : sessionSecret(client);
        startHeartbeat(ws);
        if (secret) {
          awaitingAuthentication = true;
          ws.send(JSON.stringify({ type: 'authentication', data: { session: secret } }));
        } else markReady();
        return;
      }
      case 'response':
        if (awaitingAuthentication && message.data.to === 'authentication') markReady();
        return;
      case 'event':
        deliver(message.data as RealtimeEvent<unknown>);
        return;
      case 'error':
        report(new RealtimeError(`realtime: ${message.data.message}`, message.data.code));
        // A refused session leaves the socket open as a guest, which is ready all the same.
        if (awaitingAuthentication) markReady();
        return;
      default:
        return;
    }
  }

  function markReady(): void {
    awaitingAuthentication = false;
    ready = true;
    announce();
  }

  function announce(): void {
    if (!ready) return;
    const open = new Set(socketKey.split('\n'));
    for (const subscription of [...subscriptions]) {
      if (announced.has(subscription) || !subscriptions.has(subscription)) continue;
      if (![...subscription.channels].every((name) => open.has(name))) continue;
      announced.add(subscription);
      try {
        subscription.onConnected?.();
      } catch (error) {
        fail(subscription, error);
      }
    }
  }

  function fail(subscription: Subscription, error: unknown): void {
    if (subscription.onError) subscription.onError(error as Error);
    // Rethrown outside the SDK so a faulty callback neither hides its error nor starves the others.
    else
      setTimeout(() => {
        throw error;
      }, 0);
  }

  function startHeartbeat(ws: WebSocketLike): void {
    clearInterval(heartbeatTimer);
    heartbeatTimer = undefined;
    if (settings.heartbeat <= 0) return;
    heartbeatTimer = setInterval(() => {
      if (socket === ws) ws.send(JSON.stringify({ type: 'ping' }));
    }, settings.heartbeat);
  }

  function handleClose(event: WebSocketCloseLike): void {
    socket = undefined;
    ready = false;
    awaitingAuthentication = false;
    clearInterval(heartbeatTimer);
    heartbeatTimer = undefined;
    if (subscriptions.size === 0) return;
    const reason = event.reason ? `: ${event.reason}` : '';
    if (event.code === POLICY_VIOLATION) {
      refusedKey = socketKey;
      report(new RealtimeError(`realtime: the server closed the socket for a policy violation${reason}`, POLICY_VIOLATION));
      return;
    }
    const reconnect = settings.reconnect;
    if (!reconnect || attempts >= reconnect.maxAttempts) {
      refusedKey = socketKey;
      report(new RealtimeError(`realtime: the socket closed (code ${event.code}${reason}) and will not be reopened`, event.code));
      return;
    }
    const delay = backoffDelay(attempts++, reconnect.baseDelay, reconnect.maxDelay);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      const channels = wantedChannels();
      if (channels.length > 0) open(channels, channels.join('\n'));
    }, delay);
  }

  function deliver(event: RealtimeEvent<unknown>): void {
    const delivered: RealtimeEvent<unknown> = {
      events: event.events,
      channels: event.channels,
      timestamp: event.timestamp,
      payload: event.payload,
    };
    for (const subscription of [...subscriptions]) {
      // An earlier callback may have ended this subscription.
      if (!subscriptions.has(subscription)) continue;
      if (!delivered.channels.some((name) => subscription.channels.has(name))) continue;
      try {
        subscription.callback(delivered);
      } catch (error) {
        fail(subscription, error);
      }
    }
  }

  function report(error: RealtimeError): void {
    for (const subscription of [...subscriptions]) subscription.onError?.(error);
  }

  return {
    add(subscription) {
      subscriptions.add(subscription);
      scheduleSync();
      return () => {
        if (subscriptions.delete(subscription)) {
          announced.delete(subscription);
          scheduleSync();
        }
      };
    },
    close() {
      subscriptions.clear();
      clearTimeout(syncTimer);
      syncTimer = undefined;
      shutdown();
    },
  };
}
