import { fail } from '../../errors/AppwriteException.ts';
import { GRAPHQL_LIMITS } from './queryLimits.ts';
import { JsonInputError, MAX_JSON_DEPTH, parseClientJson } from '../../util/parseJson.ts';

/** One GraphQL request of a (possibly batched) body. */
export interface GraphqlRequest {
  /** The query document. */
  query: string;
  /** Variables. */
  variables?: Record<string, unknown>;
  /** The operation to run when the document has several. */
  operationName?: string;
}

// Appwrite's default cap on batched queries per request (_APP_GRAPHQL_MAX_BATCH_SIZE).
const MAX_QUERIES = GRAPHQL_LIMITS.batchSize;

function one(raw: unknown, sdkWrapped: boolean): GraphqlRequest {
  let item = raw as Record<string, unknown> | null;
  // Appwrite SDKs send `{ query: { query, variables } }` and flag it with `x-sdk-graphql`.
  if (item && typeof item.query === 'object' && item.query !== null && (sdkWrapped || !Array.isArray(item.query))) {
    item = item.query as Record<string, unknown>;
  }
  if (!item || typeof item.query !== 'string' || item.query.trim() === '') fail('graphql_no_query', 'Send a GraphQL document in `query`.');
  let variables = item.variables;
  if (typeof variables === 'string') {
    try {
      variables = parseClientJson(variables);
    } catch {
      fail('general_argument_invalid', 'Invalid `variables` param: it must be a JSON object.');
    }
  }
  return {
    query: item.query,
    variables: typeof variables === 'object' && variables !== null ? (variables as Record<string, unknown>) : undefined,
    operationName: typeof item.operationName === 'string' && item.operationName !== '' ? item.operationName : undefined,
  };
}

/**
 * Creates the list of GraphQL requests in a body, in each form Appwrite 1.5 accepts: plain
 * `{ query, variables }`, the SDK's wrapped `{ query: {...} }`, a batch array, or an
 * `application/graphql` text body.
 *
 * @param text The raw body.
 * @param contentType The content type header.
 * @param sdkWrapped Whether `x-sdk-graphql` was sent.
 *
 * @returns The requests and whether the body was a batch.
 */
export function parseGraphqlRequest(text: string, contentType: string, sdkWrapped: boolean): { requests: GraphqlRequest[]; batch: boolean } {
  if (contentType.includes('application/graphql')) return { requests: [one({ query: text }, false)], batch: false };
  let body: unknown;
  try {
    body = text.trim() === '' ? undefined : parseClientJson(text);
  } catch (error) {
    if (error instanceof JsonInputError && error.reason === 'depth') fail('general_argument_invalid', `The JSON body may nest at most ${MAX_JSON_DEPTH} levels deep.`);
    if (error instanceof JsonInputError && error.reason === 'key') fail('general_argument_invalid', 'The JSON body may not hold a `__proto__` key.');
    fail('graphql_no_query', 'The body is not valid JSON.');
  }
  if (Array.isArray(body)) {
    if (body.length === 0) fail('graphql_no_query', 'The batch is empty.');
    if (body.length > MAX_QUERIES) fail('graphql_too_many_queries', `A batch may hold at most ${MAX_QUERIES} queries.`);
    return { requests: body.map((item) => one(item, sdkWrapped)), batch: true };
  }
  return { requests: [one(body ?? null, sdkWrapped)], batch: false };
}
