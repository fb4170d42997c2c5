/**
 * Server message type: the messages Appwrite's realtime endpoint sends, by `type`.
 */
export type ServerMessage =
  | { readonly type: 'connected'; readonly data: { readonly channels?: readonly string[]; readonly user?: unknown } }
  | {
      readonly type: 'event';
      readonly data: {
        readonly events: readonly string[];
        readonly channels: readonly string[];
        readonly timestamp: string | number;
        readonly payload: unknown;
      };
    }
  | { readonly type: 'error'; readonly data: { readonly code: number; readonly message: string } }
  | { readonly type: 'response'; readonly data: { readonly to?: string; readonly success?: boolean } }
  | { readonly type: 'pong'; readonly data?: unknown };

/**
 * Reads one text frame from the server. Frames that are not JSON or have an unknown shape are
 * dropped (`undefined`) instead of being passed on half-checked.
 *
 * @param raw The frame's data.
 *
 * @returns The message, or `undefined`.
 */
export function parseMessage(raw: unknown): ServerMessage | undefined {
  if (typeof raw !== 'string') raw = typeof (raw as { toString?: unknown })?.toString === 'function' ? String(raw) : undefined;
  let message: { type?: unknown; data?: unknown };
  try {
    message = JSON.parse(raw as string);
  } catch {
    return undefined;
  }
  if (!message || typeof message !== 'object') return undefined;
  const data = message.data as Record<string, unknown> | undefined;
  switch (message.type) {
    case 'connected':
    case 'response':
      return { type: message.type, data: data && typeof data === 'object' ? data : {} } as ServerMessage;
    case 'pong':
      return { type: 'pong' };
    case 'event':
      if (!data || !isStringArray(data.events) || !isStringArray(data.channels)) return undefined;
      return message as ServerMessage;
    case 'error':
      return {
        type: 'error',
        data: { code: typeof data?.code === 'number' ? data.code : 0, message: String(data?.message ?? 'Unknown realtime error') },
      };
    default:
      return undefined;
  }
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
