import type { Context, Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { AppwriteException, fail } from '../errors/AppwriteException.ts';
import { toMembershipModel } from '../models/membershipModel.ts';
import { toSessionModel } from '../models/sessionModel.ts';
import { toTeamModel } from '../models/teamModel.ts';
import { toUserModel } from '../models/userModel.ts';
import type { EmulatorContext } from '../server/context.ts';
import { saveUser } from '../services/account/accountSupport.ts';
import type { ExecutionRecord } from '../services/functions/registerFunctionsRoutes.ts';
import { parseClientJson } from '../util/parseJson.ts';
import { loadConsoleAssets } from './consoleAssets.ts';
import { adminCaller, createInternalFetch, userCaller } from './consoleCaller.ts';
import { completeFlow, findUser } from './completeFlow.ts';
import { consoleGuard, createConsoleToken } from './consoleGuard.ts';
import type { LiveFeed, LiveMessage } from './liveFeed.ts';

/** Where the console is served. */
export const CONSOLE_PATH = '/__emulator/';

// Open live streams are bounded: each holds a socket and a listener.
const MAX_STREAMS = 16;
// Lists the console shows are bounded; the API (and its queries) is the way to see more.
const MAX_ROWS = 500;

const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/**
 * Registers the emulator console: its page at `/__emulator/` and the JSON endpoints it calls
 * under `/__emulator/api/`. Reads come from the emulator's tables or its own list routes; every
 * change is a request through the API's routes (see `createInternalFetch`), so validation,
 * permissions, events and persistence are those of the API. The loopback-only Host rule and the
 * absence of CORS come from `createApp`, which treats `/__emulator` like `/v1/__emulator`.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 * @param feed The live feed (request and event logs).
 */
export function registerConsole(app: Hono, ctx: EmulatorContext, feed: LiveFeed): void {
  const token = createConsoleToken();
  const api = createInternalFetch(app, ctx);
  let streams = 0;
  // Open live streams end when the emulator closes.
  const stopStreams = new Set<() => void>();
  ctx.onClose(() => {
    for (const stop of stopStreams) stop();
  });

  app.get('/__emulator', (c) => c.redirect(CONSOLE_PATH, 308));
  app.get(CONSOLE_PATH, (c) => c.html(loadConsoleAssets().html.replace('__AW_CONSOLE_TOKEN__', token), 200, PAGE_HEADERS));
  app.get('/__emulator/console.js', (c) => c.body(new Uint8Array(loadConsoleAssets().script), 200, { ...PAGE_HEADERS, 'Content-Type': 'text/javascript; charset=utf-8' }));
  app.get('/__emulator/console.css', (c) => c.body(new Uint8Array(loadConsoleAssets().style), 200, { ...PAGE_HEADERS, 'Content-Type': 'text/css; charset=utf-8' }));

  app.use('/__emulator/api/*', consoleGuard(token));

  app.get('/__emulator/api/project', (c) =>
    c.json({
      projectId: ctx.projectId,
      projectName: ctx.config.projectName ?? ctx.projectId,
      databases: ctx.config.databases.map((database) => ({
        $id: database.$id,
        name: database.name,
        collections: ctx.config.collections
          .filter((collection) => collection.databaseId === database.$id)
          .map((collection) => ({ $id: collection.$id, name: collection.name, documentSecurity: collection.documentSecurity === true, attributes: collection.attributes ?? [] })),
      })),
      buckets: ctx.config.buckets.map((bucket) => ({ $id: bucket.$id, name: bucket.name })),
      functions: ctx.config.functions.map((fn) => ({ $id: fn.$id, name: fn.name, runtime: fn.runtime ?? '' })),
    }),
  );

  // Users and teams: Appwrite's client API has no admin list of users, so these read the tables.
  app.get('/__emulator/api/users', (c) => {
    const search = (c.req.query('search') ?? '').trim().toLowerCase();
    const users = ctx.tables.users
      .filter((user) => !search || [user.$id, user.name, user.email, user.phone].some((field) => field.toLowerCase().includes(search)))
      .reverse();
    return c.json({ total: users.length, users: users.slice(0, MAX_ROWS).map((user) => toUserModel(user, ctx.tables)) });
  });

  app.get('/__emulator/api/users/:userId', (c) => {
    const user = findUser(ctx, c.req.param('userId'));
    return c.json({
      user: toUserModel(user, ctx.tables),
      mfaFactors: { totp: user.totpVerified, email: user.emailVerification && user.email !== '', phone: user.phoneVerification && user.phone !== '', recoveryCode: user.recoveryCodes.length > 0 },
      sessions: ctx.tables.sessions.filter((session) => session.userId === user.$id).map((session) => toSessionModel(session, undefined)),
      memberships: ctx.tables.memberships.filter((m) => m.userId === user.$id).map((m) => toMembershipModel(m, ctx.tables)),
    });
  });

  app.post('/__emulator/api/users/:userId/verification', async (c) => {
    const user = findUser(ctx, c.req.param('userId'));
    const body = await readBody(c);
    // Appwrite's server API sets these flags directly (PATCH /users/{id}/verification); the client API has no such route.
    if (body.email !== undefined) user.emailVerification = body.email === true;
    if (body.phone !== undefined) user.phoneVerification = body.phone === true;
    saveUser({ c, ctx }, user, 'verification');
    return c.json(toUserModel(user, ctx.tables));
  });

  app.post('/__emulator/api/users/:userId/status', async (c) => {
    const user = findUser(ctx, c.req.param('userId'));
    const body = await readBody(c);
    if (body.status === false) return relay(await api('PATCH', '/account/status', { caller: userCaller(ctx, user) }));
    // A blocked user cannot call the API, so unblocking is the server API's job; done here as it does it.
    user.status = true;
    saveUser({ c, ctx }, user, 'status');
    return c.json(toUserModel(user, ctx.tables));
  });

  app.delete('/__emulator/api/users/:userId', async (c) => {
    const user = findUser(ctx, c.req.param('userId'));
    return relay(await api('DELETE', '/account', { caller: userCaller(ctx, user) }));
  });

  app.get('/__emulator/api/teams', (c) => {
    const teams = ctx.tables.teams.all().reverse();
    return c.json({ total: teams.length, teams: teams.slice(0, MAX_ROWS).map((team) => toTeamModel(team, ctx.tables)) });
  });

  app.get('/__emulator/api/teams/:teamId', (c) => {
    const team = ctx.tables.teams.get(c.req.param('teamId'));
    if (!team) fail('team_not_found', 'Team with the requested ID could not be found.');
    const memberships = ctx.tables.memberships.filter((m) => m.teamId === team.$id).map((m) => toMembershipModel(m, ctx.tables));
    return c.json({ team: toTeamModel(team, ctx.tables), memberships });
  });

  // Documents and files go through the API's own routes, as an admin caller.
  const documents = '/__emulator/api/databases/:databaseId/collections/:collectionId/documents';
  app.get(documents, async (c) => {
    const query = new URLSearchParams();
    readQueries(c.req.query('queries')).forEach((q, i) => query.append(`queries[${i}]`, q));
    return relay(await api('GET', documentPath(c), { caller: adminCaller(), query }));
  });
  app.patch(`${documents}/:documentId`, async (c) => relay(await api('PATCH', documentPath(c), { caller: adminCaller(), body: await readBody(c) })));
  app.delete(`${documents}/:documentId`, async (c) => relay(await api('DELETE', documentPath(c), { caller: adminCaller() })));

  const files = '/__emulator/api/buckets/:bucketId/files';
  app.get(files, async (c) => {
    const query = new URLSearchParams([
      ['queries[0]', JSON.stringify({ method: 'orderDesc', attribute: '$createdAt' })],
      ['queries[1]', JSON.stringify({ method: 'limit', values: [MAX_ROWS] })],
    ]);
    return relay(await api('GET', filePath(c), { caller: adminCaller(), query }));
  });
  app.get(`${files}/:fileId/preview`, async (c) => {
    const query = new URLSearchParams([['width', '320'], ['height', '320']]);
    return relay(await api('GET', `${filePath(c)}/preview`, { caller: adminCaller(), query }));
  });
  app.get(`${files}/:fileId/download`, async (c) => relay(await api('GET', `${filePath(c)}/download`, { caller: adminCaller() })));
  app.delete(`${files}/:fileId`, async (c) => relay(await api('DELETE', filePath(c), { caller: adminCaller() })));

  app.get('/__emulator/api/outbox', (c) => {
    const messages = ctx.outbox.list().reverse();
    return c.json({ total: messages.length, messages: messages.slice(0, MAX_ROWS) });
  });

  app.post('/__emulator/api/outbox/:messageId/complete', async (c) => {
    const message = ctx.outbox.list().find((m) => m.$id === c.req.param('messageId'));
    if (!message) fail('general_argument_invalid', 'No such message in the outbox.');
    const body = await readBody(c);
    return relay(await completeFlow(ctx, api, message.kind, message.data, body));
  });

  app.get('/__emulator/api/executions', (c) => {
    const executions = ctx.store.table<ExecutionRecord>('functions_executions').all().reverse().slice(0, MAX_ROWS);
    return c.json({ total: executions.length, executions });
  });

  app.get('/__emulator/api/requests', (c) => c.json({ requests: feed.requests().reverse() }));
  app.get('/__emulator/api/events', (c) => c.json({ events: feed.events().reverse() }));

  app.get('/__emulator/api/live', (c) => {
    if (streams >= MAX_STREAMS) fail('general_rate_limit_exceeded', 'Too many console tabs are open; close one.');
    streams += 1;
    return streamSSE(c, async (stream) => {
      const queue: LiveMessage[] = [];
      let wake: (() => void) | undefined;
      const stop = feed.listen((message) => {
        if (queue.length < 1000) queue.push(message);
        wake?.();
      });
      let open = true;
      const end = (): void => {
        open = false;
        wake?.();
      };
      stream.onAbort(end);
      stopStreams.add(end);
      try {
        await stream.writeSSE({ event: 'ready', data: '{}' });
        while (open) {
          if (queue.length === 0) {
            // A comment every 15 s keeps proxies and the browser from timing the stream out.
            await new Promise<void>((resolve) => {
              wake = resolve;
              setTimeout(resolve, 15_000).unref();
            });
            wake = undefined;
            if (queue.length === 0 && open) await stream.write(': keep-alive\n\n');
            continue;
          }
          const message = queue.shift()!;
          await stream.writeSSE({ event: message.kind, data: JSON.stringify('entry' in message ? message.entry : {}) });
        }
      } finally {
        stop();
        stopStreams.delete(end);
        streams -= 1;
      }
    });
  });
}

function documentPath(c: Context): string {
  const { databaseId, collectionId, documentId } = c.req.param() as Record<string, string | undefined>;
  const base = `/databases/${encodeURIComponent(databaseId ?? '')}/collections/${encodeURIComponent(collectionId ?? '')}/documents`;
  return documentId === undefined ? base : `${base}/${encodeURIComponent(documentId)}`;
}

function filePath(c: Context): string {
  const { bucketId, fileId } = c.req.param() as Record<string, string | undefined>;
  const base = `/storage/buckets/${encodeURIComponent(bucketId ?? '')}/files`;
  return fileId === undefined ? base : `${base}/${encodeURIComponent(fileId)}`;
}

/**
 * Reads the console's `queries` parameter: a JSON array of Appwrite query strings.
 *
 * @param value The parameter.
 *
 * @returns The query strings (at most 100, as Appwrite allows).
 */
function readQueries(value: string | undefined): string[] {
  if (!value) return [];
  let parsed: unknown;
  try {
    parsed = parseClientJson(value);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length > 100 || !parsed.every((q) => typeof q === 'string')) {
    throw new AppwriteException('general_query_invalid', 'Queries must be a JSON array of Appwrite query strings.');
  }
  return parsed as string[];
}

async function readBody(c: Context): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = parseClientJson(text);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) fail('general_argument_invalid', 'The body must be a JSON object.');
  return parsed as Record<string, unknown>;
}

/**
 * Passes an API answer on to the console page, without the cookies it may set: a session the
 * console completes (magic URL, invitation) belongs to the user's app, not to the console's origin.
 *
 * @param response The API's answer.
 *
 * @returns The answer to send.
 */
function relay(response: Response): Response {
  const headers = new Headers();
  for (const name of ['content-type', 'content-disposition', 'content-length']) {
    const value = response.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set('cache-control', 'no-store');
  headers.set('x-content-type-options', 'nosniff');
  return new Response(response.body, { status: response.status, headers });
}
