import type { Client } from '@aw/core';

// -------------------------------------------------------------------------------------------------
// Events

/**
 * Realtime event interface: one change the server pushed to the socket.
 */
export interface RealtimeEvent<TPayload = unknown> {
  /** The names of the event, most specific first, such as `databases.db.collections.todos.documents.t1.create`. */
  readonly events: readonly string[];
  /** The channels the change was published on; at least one of them is a channel you subscribed to. */
  readonly channels: readonly string[];
  /** When the change happened, as the server sent it (an ISO string or a Unix time). */
  readonly timestamp: string | number;
  /** The resource after the change (or before it, for deletions). */
  readonly payload: TPayload;
}

/**
 * Realtime callback type: called once for every event on one of the subscribed channels.
 */
export type RealtimeCallback<TPayload = unknown> = (event: RealtimeEvent<TPayload>) => void;

/**
 * Unsubscribe type: stops one subscription. Calling it again does nothing.
 */
export type Unsubscribe = () => void;

// -------------------------------------------------------------------------------------------------
// WebSocket

/**
 * WebSocket message event interface: the part of a message event the SDK reads.
 */
export interface WebSocketMessageLike {
  /** The frame's data; Appwrite sends text frames. */
  readonly data: unknown;
}

/**
 * WebSocket close event interface: the part of a close event the SDK reads.
 */
export interface WebSocketCloseLike {
  /** The close code, such as 1000 (normal) or 1008 (policy violation). */
  readonly code: number;
  /** The reason the peer gave, if any. */
  readonly reason?: string;
}

/**
 * Event handler type. Declared through a method so that implementations whose handlers expect a
 * richer event type (such as `ws`'s `MessageEvent`) still fit.
 */
export type WebSocketHandler<TEvent> = { handle(event: TEvent): void }['handle'];

/**
 * WebSocket interface: the subset of the WHATWG WebSocket the SDK uses. Browsers' `WebSocket`,
 * Node 22's global one and the `ws` package all fit it.
 */
export interface WebSocketLike {
  /** Called for every frame received. */
  onmessage: WebSocketHandler<WebSocketMessageLike> | null;
  /** Called on a transport error; a close event follows. */
  onerror: WebSocketHandler<unknown> | null;
  /** Called when the socket is closed, by either side. */
  onclose: WebSocketHandler<WebSocketCloseLike> | null;
  /** Sends a text frame. */
  send(data: string): void;
  /** Starts the closing handshake. */
  close(code?: number, reason?: string): void;
}

/**
 * WebSocket constructor type: how the SDK opens a socket.
 */
export type WebSocketConstructor = new (url: string) => WebSocketLike;

// -------------------------------------------------------------------------------------------------
// Options

/**
 * Reconnect options interface: how a dropped socket is reopened.
 */
export interface ReconnectOptions {
  /** Delay before the first reconnect attempt in milliseconds, doubled on each further attempt. Defaults to 1000. */
  readonly baseDelay?: number;
  /** Longest delay between attempts in milliseconds. Defaults to 30000. */
  readonly maxDelay?: number;
  /** How many attempts in a row are made before giving up. Defaults to `Infinity`. */
  readonly maxAttempts?: number;
}

/**
 * Realtime options interface: settings for the sockets a realtime instance opens.
 */
export interface RealtimeOptions {
  /** The WebSocket implementation. Defaults to the global `WebSocket`; pass `ws`'s export on Node 20. */
  readonly WebSocket?: WebSocketConstructor;
  /** Reconnect settings, or `false` to stay closed after a drop. */
  readonly reconnect?: ReconnectOptions | false;
  /** The realtime URL (`wss://host/v1`) when it differs from the client's endpoint with `ws(s)` in place of `http(s)`. */
  readonly endpoint?: string;
  /** Interval in milliseconds for `ping` messages that keep idle proxies from dropping the socket; `0` (the default) sends none. */
  readonly heartbeat?: number;
}

/**
 * Subscribe options interface: connection settings (used when the call opens a new socket) and error reporting.
 */
export interface SubscribeOptions extends RealtimeOptions {
  /** Called when the server reports an error, the socket closes for good, or the callback throws. */
  readonly onError?: (error: Error) => void;
  /**
   * Called each time events on this subscription's channels start to flow: after the first
   * connection and again after every reconnect, the moment to (re)load data changed meanwhile.
   */
  readonly onConnected?: () => void;
}

/**
 * Realtime interface: an isolated set of shared sockets, one per client identity.
 */
export interface Realtime {
  /**
   * Subscribes to channels on the socket shared by every subscription of the same client identity.
   *
   * @param client The client whose endpoint, project and session are used.
   * @param channels One channel or a list of them.
   * @param callback Called for every event on one of the channels.
   * @param options Connection settings and error reporting.
   *
   * @returns A function that ends this subscription.
   */
  subscribe<TChannel extends string>(
    client: Client,
    channels: TChannel | readonly TChannel[],
    callback: RealtimeCallback<PayloadOf<TChannel>>,
    options?: SubscribeOptions,
  ): Unsubscribe;
  /** Ends every subscription and closes every socket of this instance. */
  close(): void;
}

// -------------------------------------------------------------------------------------------------
// Channels

/**
 * Channel type: a channel string that also carries, for the type checker only, the payload type of its events.
 */
export type Channel<TPayload = unknown> = string & { readonly '~payload'?: TPayload };

/**
 * Payload type of a channel: what `event.payload` holds for events on it; `unknown` for plain strings.
 */
export type PayloadOf<TChannel> = TChannel extends { readonly '~payload'?: infer TPayload } ? TPayload : unknown;
