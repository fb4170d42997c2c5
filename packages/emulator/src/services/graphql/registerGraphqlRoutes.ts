import type { Context, Hono } from 'hono';
import { execute as executeGraphql, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { parseClientJson } from '../../util/parseJson.ts';
import { appwriteGraphQLError, buildSchema } from './buildSchema.ts';
import { parseGraphqlRequest, type GraphqlRequest } from './parseGraphqlRequest.ts';
import { costRules, MAX_TOKENS } from './queryLimits.ts';
import type { SourceOperation } from './schemaSourceTypes.ts';

// Headers that carry the project and the caller's identity into the REST call behind a field.
const FORWARDED = ['x-appwrite-project', 'x-appwrite-key', 'cookie', 'x-appwrite-session', 'x-appwrite-jwt', 'x-fallback-cookies', 'x-appwrite-locale', 'user-agent'];

function restRequest(c: Context, operation: SourceOperation, args: Record<string, unknown>): { url: string; init: RequestInit } {
  let path = operation.path;
  const query = new URLSearchParams();
  const body: Record<string, unknown> = {};
  for (const param of operation.params) {
    const value = args[param.name];
    if (value === undefined || value === null) continue;
    if (param.in === 'path') path = path.replace(`{${param.name}}`, encodeURIComponent(String(value)));
    else if (param.in === 'query') {
      if (Array.isArray(value)) for (const item of value) query.append(`${param.name}[]`, String(item));
      else query.set(param.name, String(value));
    } else {
      // Document data and similar objects may arrive as JSON strings in GraphQL.
      body[param.name] = param.type === 'object' && typeof value === 'string' ? safeJson(value) : value;
    }
  }
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const name of FORWARDED) {
    const value = c.req.header(name);
    if (value) headers[name] = value;
  }
  const search = query.toString();
  const url = new URL(`/v1${path}${search ? `?${search}` : ''}`, c.req.url).href;
  return { url, init: { method: operation.method, headers, body: operation.method === 'GET' ? undefined : JSON.stringify(body) } };
}

function safeJson(text: string): unknown {
  try {
    return parseClientJson(text);
  } catch {
    return text;
  }
}

/**
 * Registers `POST /v1/graphql` and `POST /v1/graphql/mutation`: GraphQL over the client API,
 * where each field runs the REST operation of the same id with the caller's credentials.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerGraphqlRoutes(app: Hono, ctx: EmulatorContext): void {
  // Built on first use; each execution passes its HTTP context as GraphQL's context value.
  let schema: GraphQLSchema | undefined;
  const getSchema = () =>
    (schema ??= buildSchema(async (operation, args, context) => {
      const c = context as Context;
      const { url, init } = restRequest(c, operation, args);
      const response = await app.request(url, init, c.env);
      if (response.status === 204) return null;
      const answer: unknown = await response.json();
      if (response.status >= 400) throw appwriteGraphQLError(answer as { message?: string; code?: number; type?: string });
      return answer;
    }));

  // Parses with a token cap, validates with depth and complexity limits, and only then runs any field.
  const runOne = async (c: Context, request: GraphqlRequest): Promise<ExecutionResult> => {
    const schema = getSchema();
    let document: DocumentNode;
    try {
      document = parse(request.query, { maxTokens: MAX_TOKENS });
    } catch (error) {
      return { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
    }
    const errors = validate(schema, document, [...specifiedRules, ...costRules()]);
    if (errors.length > 0) return { errors };
    return executeGraphql({ schema, document, variableValues: request.variables, operationName: request.operationName, contextValue: c });
  };

  const execute = async (c: Context) => {
    const { requests, batch } = parseGraphqlRequest(await c.req.text(), c.req.header('content-type') ?? '', c.req.header('x-sdk-graphql') === 'true');
    const results: ExecutionResult[] = [];
    for (const request of requests) results.push(await runOne(c, request));
    return c.json((batch ? results : results[0]) as object, 200);
  };

  defineRoute(app, ctx, 'graphqlQuery', ({ c }) => execute(c), { rawBody: true });
  defineRoute(app, ctx, 'graphqlMutation', ({ c }) => execute(c), { rawBody: true });
}
