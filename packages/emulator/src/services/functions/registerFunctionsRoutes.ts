import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Hono } from 'hono';
import { isServerRoles } from '../../auth/apiKeys.ts';
import { signAccountJwt } from '../../auth/jwt.ts';
import { hasAnyRole } from '../../auth/roles.ts';
import type { FunctionConfig } from '../../config/types.ts';
import { fail } from '../../errors/AppwriteException.ts';
import type { Caller, EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { uniqueId } from '../../util/ids.ts';
import { isoNow } from '../../util/time.ts';
import { listParam } from '../databases/listParam.ts';
import { allows, readRoles } from '../databases/permissions/allows.ts';
import { matchSearch } from '../databases/query/matchSearch.ts';
import { parseQueries } from '../databases/query/parseQueries.ts';
import { fixedQuerySchema } from '../databases/query/querySchema.ts';
import { runQueries } from '../databases/query/runQueries.ts';
import { eventNames } from '../realtime/eventNames.ts';
import { runFunction, type FunctionResult } from './runFunction.ts';

const TABLE = 'functions_executions';
// Appwrite waits at most 30 seconds for a synchronous execution.
const SYNC_LIMIT_SECONDS = 30;

/** An execution as the spec's model describes it (logs and errors are kept but hidden from clients). */
export interface ExecutionRecord {
  /** The execution ID. */
  $id: string;
  /** ISO creation time. */
  $createdAt: string;
  /** ISO update time. */
  $updatedAt: string;
  /** Who may read it (the caller that started it). */
  $permissions: string[];
  /** The function that ran. */
  functionId: string;
  /** What started it; always `http` here. */
  trigger: string;
  /** Lifecycle state. */
  status: 'waiting' | 'processing' | 'completed' | 'failed';
  /** The HTTP method the function saw. */
  requestMethod: string;
  /** The path and query the function saw. */
  requestPath: string;
  /** The headers the caller passed. */
  requestHeaders: Array<{ name: string; value: string }>;
  /** The status the function answered. */
  responseStatusCode: number;
  /** The body the function answered. */
  responseBody: string;
  /** The headers the function answered. */
  responseHeaders: Array<{ name: string; value: string }>;
  /** Output of `log` and console.log. */
  logs: string;
  /** Output of `error` and thrown errors. */
  errors: string;
  /** Run time in seconds. */
  duration: number;
}

const EXECUTION_QUERY_SCHEMA = /* @__PURE__ */ fixedQuerySchema(
  [
    { key: 'trigger', type: 'string' },
    { key: 'status', type: 'string' },
    { key: 'requestMethod', type: 'string' },
    { key: 'requestPath', type: 'string' },
    { key: 'responseStatusCode', type: 'integer' },
    { key: 'duration', type: 'double' },
  ],
  [],
  'Execution',
);

// Appwrite shows logs and errors only to API keys and the console, never to client SDKs.
function toModel(execution: ExecutionRecord, caller?: Caller): ExecutionRecord {
  if (caller && isServerRoles(caller.roles)) return execution;
  return { ...execution, logs: '', errors: '' };
}

function findFunction(ctx: EmulatorContext, functionId: unknown): FunctionConfig {
  const found = ctx.config.functions.find((item) => item.$id === functionId);
  if (!found || found.enabled === false) fail('function_not_found', `Function '${String(functionId)}' was not found.`);
  return found;
}

function canRead(execution: ExecutionRecord, caller: Caller): boolean {
  return allows(execution.$permissions, 'read', caller.roles);
}

function headerList(headers: Record<string, string>): Array<{ name: string; value: string }> {
  return Object.entries(headers).map(([name, value]) => ({ name, value }));
}

function publish(ctx: EmulatorContext, execution: ExecutionRecord, action: string): void {
  ctx.events.publish({
    events: eventNames([['functions', execution.functionId], ['executions', execution.$id]], action),
    channels: ['executions', `executions.${execution.$id}`, `functions.${execution.functionId}`],
    payload: toModel(execution),
    readRoles: readRoles(execution.$permissions),
  });
}

function settle(execution: ExecutionRecord, result: FunctionResult): ExecutionRecord {
  return {
    ...execution,
    $updatedAt: isoNow(),
    status: result.timedOut || result.statusCode >= 500 ? 'failed' : 'completed',
    responseStatusCode: result.statusCode,
    responseBody: result.body,
    responseHeaders: headerList(result.headers),
    logs: result.logs,
    errors: result.errors,
    duration: Math.round(result.duration * 1000) / 1000,
  };
}

/**
 * Registers the three execution operations of the functions service, plus an emulator-only
 * `GET /v1/__emulator/executions/:executionId` that shows an execution's logs and errors.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerFunctionsRoutes(app: Hono, ctx: EmulatorContext): void {
  const table = ctx.store.table<ExecutionRecord>(TABLE);
  const running = new Set<Promise<void>>();
  ctx.onClose(async () => {
    await Promise.allSettled([...running]);
  });

  defineRoute(app, ctx, 'functionsListExecutions', ({ caller, params }) => {
    const fn = findFunction(ctx, params.functionId);
    const queries = parseQueries(listParam(params, 'queries'));
    const search = typeof params.search === 'string' && params.search.trim() !== '' ? matchSearch(params.search) : undefined;
    const readable = table
      .filter((execution) => execution.functionId === fn.$id && canRead(execution, caller))
      .filter((execution) => !search || search(`${execution.$id} ${execution.status} ${execution.requestPath}`));
    const result = runQueries(readable, queries, EXECUTION_QUERY_SCHEMA);
    return { total: result.total, executions: result.items.map((item) => toModel(item, caller)) };
  });

  defineRoute(app, ctx, 'functionsGetExecution', ({ caller, params }) => {
    const fn = findFunction(ctx, params.functionId);
    const execution = table.get(String(params.executionId));
    if (!execution || execution.functionId !== fn.$id || !canRead(execution, caller)) {
      fail('execution_not_found', `Execution '${String(params.executionId)}' was not found.`);
    }
    return toModel(execution, caller);
  });

  defineRoute(app, ctx, 'functionsCreateExecution', async ({ c, caller, params }) => {
    const fn = findFunction(ctx, params.functionId);
    if (!hasAnyRole(caller.roles, fn.execute ?? [])) {
      fail('user_unauthorized', `The current user may not execute this function; its execute roles are (${(fn.execute ?? []).join(', ')}).`);
    }
    const runtime = fn.runtime ?? 'node-18.0';
    if (!runtime.startsWith('node-')) fail('function_runtime_unsupported', `The emulator runs Node runtimes only, not '${runtime}'.`);
    const file = resolve(ctx.config.baseDir, fn.path ?? '.', fn.entrypoint ?? 'index.js');
    if (!fn.entrypoint || !existsSync(file)) fail('function_entrypoint_missing', `The entrypoint '${file}' of function '${fn.$id}' does not exist.`);

    const method = typeof params.method === 'string' && params.method !== '' ? params.method.toUpperCase() : 'POST';
    if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'].includes(method)) fail('general_argument_invalid', 'Invalid `method` param: use GET, POST, PUT, PATCH, DELETE or OPTIONS.');
    const rawPath = typeof params.path === 'string' && params.path !== '' ? params.path : '/';
    const url = new URL(rawPath.startsWith('/') ? rawPath : `/${rawPath}`, 'http://localhost');
    const given = typeof params.headers === 'object' && params.headers !== null ? (params.headers as Record<string, unknown>) : {};
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(given)) headers[name.toLowerCase()] = String(value);
    const body = typeof params.body === 'string' ? params.body : params.body === undefined || params.body === null ? '' : JSON.stringify(params.body);
    const isAsync = params.async === true || params.async === 'true';

    const executionId = uniqueId();
    const now = isoNow();
    const host = `${fn.$id}.functions.localhost`;
    const runHeaders: Record<string, string> = { ...headers, 'x-appwrite-trigger': 'http', 'x-appwrite-event': '', 'x-appwrite-execution-id': executionId };
    if (caller.user) {
      runHeaders['x-appwrite-user-id'] = caller.user.$id;
      if (caller.session) runHeaders['x-appwrite-user-jwt'] = await signAccountJwt(ctx.jwtKey, caller.user.$id, caller.session.$id);
    }
    let execution: ExecutionRecord = {
      $id: executionId,
      $createdAt: now,
      $updatedAt: now,
      $permissions: caller.user ? [`read("user:${caller.user.$id}")`] : [],
      functionId: fn.$id,
      trigger: 'http',
      status: isAsync ? 'waiting' : 'processing',
      requestMethod: method,
      requestPath: `${url.pathname}${url.search}`,
      requestHeaders: headerList(headers),
      responseStatusCode: 0,
      responseBody: '',
      responseHeaders: [],
      logs: '',
      errors: '',
      duration: 0,
    };
    table.put(executionId, execution);
    publish(ctx, execution, 'create');

    const timeout = fn.timeout ?? 15;
    const start = () =>
      runFunction(
        file,
        {
          bodyRaw: body, headers: runHeaders, method, host, scheme: 'http', query: Object.fromEntries(url.searchParams),
          queryString: url.search.slice(1), port: 80, url: `http://${host}${url.pathname}${url.search}`, path: url.pathname,
        },
        {
          APPWRITE_FUNCTION_ID: fn.$id, APPWRITE_FUNCTION_NAME: fn.name, APPWRITE_FUNCTION_DEPLOYMENT: 'emulator',
          APPWRITE_FUNCTION_PROJECT_ID: ctx.projectId, APPWRITE_FUNCTION_RUNTIME_NAME: 'Node.js', APPWRITE_FUNCTION_RUNTIME_VERSION: process.versions.node,
          ...Object.fromEntries(Object.entries((fn.vars as Record<string, unknown> | undefined) ?? {}).map(([k, v]) => [k, String(v)])),
        },
        isAsync ? timeout : Math.min(timeout, SYNC_LIMIT_SECONDS),
      );

    if (isAsync) {
      const accepted = toModel(execution, caller);
      const job = (async () => {
        // Let the 202 answer go out first, as Appwrite queues async executions.
        await new Promise((resolve) => setImmediate(resolve));
        execution = { ...execution, status: 'processing', $updatedAt: isoNow() };
        table.put(executionId, execution);
        publish(ctx, execution, 'update');
        const done = settle(execution, await start());
        table.put(executionId, done);
        publish(ctx, done, 'update');
      })();
      running.add(job);
      // A background write that cannot be saved (a full disk) is logged, never an unhandled rejection.
      void job.finally(() => running.delete(job)).catch((error: unknown) => console.error('[aw-emulator]', error));
      return c.json(accepted, 202);
    }
    const result = await start();
    if (result.timedOut && timeout > SYNC_LIMIT_SECONDS) {
      table.put(executionId, settle(execution, result));
      fail('function_synchronous_timeout', `A synchronous execution may take at most ${SYNC_LIMIT_SECONDS} seconds; use async for longer work.`);
    }
    const done = settle(execution, result);
    table.put(executionId, done);
    publish(ctx, done, 'update');
    return toModel(done, caller);
  });

  // Emulator-only: the full record, with the logs and errors that clients do not get.
  app.get('/v1/__emulator/executions/:executionId', (c) => {
    const execution = table.get(c.req.param('executionId'));
    if (!execution) fail('execution_not_found', `Execution '${c.req.param('executionId')}' was not found.`);
    return c.json(execution);
  });
}
