import type { IncomingMessage } from 'node:http';
import type { Hono } from 'hono';
import { WebSocketServer, type WebSocket } from 'ws';
import { hasAnyRole } from '../../auth/roles.ts';
import type { EmulatorEvent } from '../../events/EventBus.ts';
import { toUserModel } from '../../models/userModel.ts';
import type { Caller, EmulatorContext } from '../../server/context.ts';
import { toAppwriteDate } from '../databases/validateDocument.ts';
import { createSocketCallerResolver } from './resolveSocketCaller.ts';

// Close codes Appwrite's realtime server uses (see the realtime_* error types).
const POLICY_VIOLATION = 1008;
const INVALID_MESSAGE = 1003;

function send(socket: WebSocket, message: unknown): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

function refuse(socket: WebSocket, message: string): void {
  send(socket, { type: 'error', data: { code: POLICY_VIOLATION, message } });
  socket.close(POLICY_VIOLATION, message);
}

function channelsOf(url: URL): string[] {
  const channels: string[] = [];
  for (const [key, value] of url.searchParams) if (/^channels(\[\d*\])?$/.test(key) && value && !channels.includes(value)) channels.push(value);
  return channels;
}

function forwardedHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ['cookie', 'x-fallback-cookies', 'x-appwrite-session', 'x-appwrite-jwt']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

/**
 * Registers the realtime WebSocket endpoint `/v1/realtime?project=…&channels[]=…`. Sockets get
 * `connected`, then `event` messages for their channels that their roles may read; they may
 * send `authentication` with a session value to sign in after connecting.
 *
 * @param _app The Hono app (realtime lives on the server's upgrade event instead).
 * @param ctx The emulator context.
 */
export function registerRealtimeRoutes(_app: Hono, ctx: EmulatorContext): void {
  const server = new WebSocketServer({ noServer: true });
  const resolveCaller = createSocketCallerResolver(ctx);
  const userOf = (caller: Caller) => (caller.user ? toUserModel(caller.user, ctx.tables) : null);

  const onConnection = async (socket: WebSocket, request: IncomingMessage, url: URL) => {
    const project = url.searchParams.get('project');
    if (!project || project !== ctx.projectId) return refuse(socket, 'Missing or unknown project ID');
    const channels = channelsOf(url);
    if (channels.length === 0) return refuse(socket, 'Missing channels');

    let caller = await resolveCaller(forwardedHeaders(request));
    const unsubscribe = ctx.events.subscribe((event: EmulatorEvent) => {
      if (!event.channels.some((channel) => channels.includes(channel))) return;
      if (!hasAnyRole(caller.roles, event.readRoles)) return;
      send(socket, {
        type: 'event',
        data: { events: event.events, channels: event.channels, timestamp: toAppwriteDate(event.timestamp) ?? event.timestamp, payload: event.payload },
      });
    });
    socket.on('close', unsubscribe);
    socket.on('message', async (raw) => {
      let message: { type?: unknown; data?: { session?: unknown } };
      try {
        message = JSON.parse(String(raw)) as typeof message;
      } catch {
        return send(socket, { type: 'error', data: { code: INVALID_MESSAGE, message: 'Message format is not valid.' } });
      }
      if (message.type !== 'authentication') {
        return send(socket, { type: 'error', data: { code: INVALID_MESSAGE, message: 'Message type is not valid.' } });
      }
      const session = message.data?.session;
      const next = typeof session === 'string' && session !== '' ? await resolveCaller({ 'x-appwrite-session': session }) : undefined;
      if (!next?.user) return send(socket, { type: 'error', data: { code: INVALID_MESSAGE, message: 'Session is not valid.' } });
      caller = next;
      send(socket, { type: 'response', data: { to: 'authentication', success: true, user: userOf(caller) } });
    });
    send(socket, { type: 'connected', data: { channels, user: userOf(caller) } });
  };

  ctx.onUpgrade((request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/v1/realtime') return false;
    server.handleUpgrade(request, socket, head, (ws) => {
      void onConnection(ws, request, url).catch(() => ws.terminate());
    });
    return true;
  });
  ctx.onClose(() => {
    for (const client of server.clients) client.terminate();
    server.close();
  });
}
