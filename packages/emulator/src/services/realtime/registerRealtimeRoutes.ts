import type { IncomingMessage } from 'node:http';
import type { Hono } from 'hono';
import { WebSocketServer, type WebSocket } from 'ws';
import { hasAnyRole, rolesFor } from '../../auth/roles.ts';
import type { EmulatorEvent } from '../../events/EventBus.ts';
import { toUserModel } from '../../models/userModel.ts';
import { parseClientJson } from '../../util/parseJson.ts';
import type { Caller, EmulatorContext } from '../../server/context.ts';
import { isPast } from '../../util/time.ts';
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

// Events after which a socket's roles may differ: sessions, memberships, teams and the user itself
// (Appwrite's `permissionsChanged`, widened to sessions so a signed-out socket stops hearing account events).
const PERMISSION_EVENT = /^(users\.[^.]+\.(sessions\.[^.]+\.(create|delete|update)|update(\..+)?|delete)|teams\.[^.]+\.(create|delete|memberships\.[^.]+\..+))$/;

/**
 * Creates the caller of a socket as it stands now: a guest once its user or session is gone
 * (or the session expired, or the user was blocked), else the user with roles re-read from
 * current memberships.
 *
 * @param ctx The emulator context.
 * @param caller The caller as resolved earlier.
 *
 * @returns The caller with current roles.
 */
export function refreshCaller(ctx: EmulatorContext, caller: Caller): Caller {
  if (!caller.user) return caller;
  const user = ctx.tables.users.get(caller.user.$id);
  const session = caller.session ? ctx.tables.sessions.get(caller.session.$id) : undefined;
  if (!user || !user.status || (caller.session && (!session || session.userId !== user.$id || isPast(session.expire)))) {
    return { user: null, session: null, roles: rolesFor(null, []) };
  }
  return { user, session: session ?? null, roles: rolesFor(user, ctx.tables.memberships.filter((m) => m.userId === user.$id)) };
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
      // Roles are re-read before deciding who hears the event that changed them, as Appwrite does.
      if (caller.user && event.events.some((name) => PERMISSION_EVENT.test(name))) caller = refreshCaller(ctx, caller);
      if (!event.channels.some((channel) => channels.includes(channel))) return;
      if (!hasAnyRole(caller.roles, event.readRoles)) return;
      send(socket, {
        type: 'event',
        data: { events: event.events, channels: event.channels, timestamp: toAppwriteDate(event.timestamp) ?? event.timestamp, payload: event.payload },
      });
    });
    socket.on('close', unsubscribe);
    socket.on('message', async (raw) => {
      let message: { type?: unknown; data?: { session?: unknown } } | null;
      try {
        message = parseClientJson(String(raw), 8) as typeof message;
        if (typeof message !== 'object' || message === null) throw new TypeError('not an object');
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
