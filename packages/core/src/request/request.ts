import { $fetch, createFetch, type $Fetch } from 'ofetch';
import { safeParse, type GenericSchema } from 'valibot';
import type { Client } from '../client/types.ts';
import { FALLBACK_COOKIES_KEY } from '../cookies/CookieStorage.ts';
import { AppwriteError } from '../errors/AppwriteError.ts';
import { AwError } from '../errors/AwError.ts';
import { AwNetworkError } from '../errors/AwNetworkError.ts';
import { AwTimeoutError } from '../errors/AwTimeoutError.ts';
import { AwValidationError } from '../errors/AwValidationError.ts';
import { _buildBody } from './buildBody.ts';
import { _encodePath } from './encodePath.ts';
import { _flattenParams } from './flattenParams.ts';
import { _inputIssue } from './inputIssue.ts';
import { _parseBody, _readText } from './readBody.ts';
import { _backoffDelay, _retryPolicy } from './retryPolicy.ts';
import { _sleep } from './sleep.ts';
import { _sanitizeIssues } from './sanitizeIssues.ts';
import type { AwPromise, DocumentRequestOptions, Operation, RawResponse } from './types.ts';

/** The response format this SDK's types describe. */
const RESPONSE_FORMAT = '1.5.0';
/** Package version, reported in `x-sdk-version`. */
const SDK_VERSION = '0.1.0';
/** Error bodies are cut here: the status already says what happened. */
const ERROR_BODY_LIMIT = 1024 * 1024;

/**
 * Sends one operation and returns its body as an {@link AwPromise}.
 *
 * Validates params, builds the URL and body, sends with the client's auth headers,
 * retries where safe, and turns non-2xx answers into {@link AppwriteError}.
 *
 * @param client The client.
 * @param operation The operation description.
 * @param params The operation params.
 * @param options The per-call options.
 *
 * @returns The promise of the response body.
 *
 * @internal
 */
export function request<T>(
  client: Client,
  operation: Operation,
  params?: Readonly<Record<string, unknown>>,
  options: DocumentRequestOptions<GenericSchema | undefined> = {},
): AwPromise<T> {
  const raw = _send<T>(client, operation, params ?? {}, options);
  const body = raw.then((response) => response.body) as AwPromise<T>;
  // Callers that only use `.raw()` must not see an unhandled rejection from the body branch.
  body.catch(() => undefined);
  body.raw = () => raw;
  return body;
}

/**
 * Validates operation params, throwing an {@link AwValidationError} that names the field and rule.
 *
 * @internal
 */
export function _validateParams(operation: Operation, params: Readonly<Record<string, unknown>>): void {
  if (!operation.params) return;
  const result = safeParse(operation.params, params);
  if (!result.success) throw new AwValidationError(operation.name, 'params', _sanitizeIssues(result.issues));
}

/**
 * Splits params into the encoded path, query pairs and body params of an operation.
 *
 * @internal
 */
export function _splitParams(
  operation: Operation,
  params: Readonly<Record<string, unknown>>,
): { path: string; query: [string, string][]; body: Record<string, unknown> } {
  const { path, used } = _encodePath(operation.path, params, operation.name);
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(params)) if (!used.has(key)) rest[key] = params[key];
  if (operation.method === 'GET') return { path, query: _flattenParams(rest, ''), body: {} };
  return { path, query: [], body: operation.bodyKey ? { [operation.bodyKey]: rest } : rest };
}

/**
 * Appends query pairs to a URL.
 *
 * @internal
 */
export function _withQuery(url: string, query: readonly [string, string][]): string {
  return query.length === 0 ? url : `${url}?${new URLSearchParams(query as [string, string][]).toString()}`;
}

async function _send<T>(
  client: Client,
  operation: Operation,
  params: Readonly<Record<string, unknown>>,
  options: DocumentRequestOptions<GenericSchema | undefined>,
): Promise<RawResponse<T>> {
  _validateParams(operation, params);
  const { method } = operation;
  const split = _splitParams(operation, params);
  const url = _withQuery(client.endpoint + split.path, split.query);
  const { body, contentType } = _buildBody(split.body, operation.multipart === true);
  const headers = _headers(client, operation, options, contentType);
  const policy = _retryPolicy(options.retry ?? client.retry);
  const timeout = options.timeout ?? client.timeout;
  const userSignal = options.signal;
  const fetcher = client.fetch ? _fetcher(client.fetch) : $fetch;
  const label = `[${method} ${split.path}]`;
  // A client acting with an explicit session or JWT keeps out of the shared fallback cookie,
  // which may belong to another user of the same base client.
  const useFallback = !client.session && !client.jwt;

  for (let attempt = 0; ; attempt++) {
    userSignal?.throwIfAborted();
    // A fresh timer per attempt: a signal that already fired would abort every retry at once.
    // A plain timer, cleared when the attempt ends, costs far less than AbortSignal.timeout/any.
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      timeout > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort(new DOMException('The attempt timed out', 'TimeoutError'));
          }, timeout)
        : undefined;
    const onUserAbort = (): void => controller.abort(userSignal!.reason);
    userSignal?.addEventListener('abort', onUserAbort, { once: true });
    const canRetry = attempt < policy.attempts && policy.methods.includes(method);
    const started = performance.now();
    let response: Response;
    let parsed: unknown;
    try {
      // ofetch sends; retries, status errors and parsing stay here so one loop owns them all.
      response = await fetcher.raw(url, {
        method,
        headers,
        body,
        signal: controller.signal,
        credentials: 'include',
        responseType: 'stream',
        ignoreResponseError: true,
        retry: 0,
      });
      parsed = await _readResponse(response, operation, response.ok ? client.maxResponseBytes : Math.min(client.maxResponseBytes, ERROR_BODY_LIMIT), label);
    } catch (error) {
      if (userSignal?.aborted) throw userSignal.reason;
      if (error instanceof AwError) throw error;
      const failure = timedOut
        ? new AwTimeoutError(method, split.path, timeout)
        : // ofetch's FetchError exposes the request options (auth headers included): keep only its cause.
          new AwNetworkError(method, new URL(client.endpoint).host, split.path, (error as { cause?: unknown }).cause ?? error);
      if (!canRetry) throw failure;
      await _sleep(_backoffDelay(policy, attempt), userSignal);
      continue;
    } finally {
      clearTimeout(timer);
      userSignal?.removeEventListener('abort', onUserAbort);
    }
    const roundTripTime = performance.now() - started;
    const responseHeaders = Object.fromEntries(response.headers) as Record<string, string>;
    const fallback = responseHeaders['x-fallback-cookies'];
    if (fallback && useFallback) client.cookieStorage.setItem(FALLBACK_COOKIES_KEY, fallback);

    if (!response.ok) {
      const error = new AppwriteError({
        method,
        path: split.path,
        status: response.status,
        reason: response.statusText,
        body: parsed,
        headers: _redactHeaders(responseHeaders),
        roundTripTime,
      });
      if (canRetry && policy.statuses.includes(response.status) && (error.retryAfter ?? 0) <= policy.maxRetryAfter) {
        await _sleep(error.retryAfter ?? _backoffDelay(policy, attempt), userSignal);
        continue;
      }
      throw error;
    }
    const result = _validateResponse(client, operation, options, parsed) as T;
    return { body: result, status: response.status, headers: responseHeaders, roundTripTime };
  }
}

// One ofetch instance per custom fetch, made on first use.
const fetchers = new WeakMap<typeof fetch, $Fetch>();

function _fetcher(fetchImpl: typeof fetch): $Fetch {
  let fetcher = fetchers.get(fetchImpl);
  // A wrapper, not the bare function: browsers refuse `fetch` called with another `this`.
  if (!fetcher) fetchers.set(fetchImpl, (fetcher = createFetch({ fetch: (input, init) => fetchImpl(input, init) })));
  return fetcher;
}

function _headers(
  client: Client,
  operation: Operation,
  options: DocumentRequestOptions<GenericSchema | undefined>,
  contentType: string | undefined,
): Record<string, string> {
  const headers: Record<string, string> = {
    'x-sdk-name': 'AW SDK',
    'x-sdk-platform': 'client',
    'x-sdk-language': 'web',
    'x-sdk-version': SDK_VERSION,
    'x-appwrite-response-format': RESPONSE_FORMAT,
  };
  // Lower-cased so a caller's `X-Appwrite-Locale` replaces ours instead of joining it.
  for (const extra of [client.headers, operation.headers, options.headers]) {
    if (extra) for (const [name, value] of Object.entries(extra)) headers[name.toLowerCase()] = value;
  }
  headers['x-appwrite-project'] = client.project;
  if (contentType) headers['content-type'] = contentType;
  if (client.jwt) headers['x-appwrite-jwt'] = client.jwt;
  if (client.session) headers['x-appwrite-session'] = client.session;
  if (client.locale) headers['x-appwrite-locale'] = client.locale;
  const fallback = !client.session && !client.jwt ? client.cookieStorage.getItem(FALLBACK_COOKIES_KEY) : null;
  if (fallback) headers['x-fallback-cookies'] = fallback;
  for (const [name, value] of Object.entries(headers)) {
    // Refuse header injection before anything is sent, keeping the value (maybe a secret) out of the error.
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      const issue = _inputIssue(name, 'a header value without line breaks', 'Invalid header: Expected a string without CR, LF or NUL', '[redacted]');
      throw new AwValidationError(operation.name, 'headers', [issue]);
    }
  }
  return headers;
}

async function _readResponse(response: Response, operation: Operation, maxBytes: number, label: string): Promise<unknown> {
  if (response.ok && operation.response === 'blob') return response.blob();
  const text = await _readText(response, maxBytes, label);
  return _parseBody(text, response.headers.get('content-type'));
}

function _validateResponse(
  client: Client,
  operation: Operation,
  options: DocumentRequestOptions<GenericSchema | undefined>,
  body: unknown,
): unknown {
  const validators = client.responseValidators;
  const modelSchema = operation.model ? validators?.[operation.model] : undefined;
  if (options.validateResponse !== false && modelSchema) {
    const result = safeParse(modelSchema, body);
    if (!result.success) throw new AwValidationError(operation.name, 'response', _sanitizeIssues(result.issues));
  }
  if (options.validateResponse === true && operation.model && !modelSchema) {
    throw new TypeError(`${operation.name}: validateResponse needs the client's responseValidators to include "${operation.model}"`);
  }
  const schema = options.schema;
  if (!schema) return body;
  // Document schemas validate the user's own fields, for one document or each of a list.
  const parse = (document: unknown): unknown => {
    const result = safeParse(schema, document);
    if (!result.success) throw new AwValidationError(operation.name, 'response', _sanitizeIssues(result.issues));
    // A strict `v.object` drops keys it does not list: keep the system fields (`$id`, …) it never names.
    return { ...(document as object), ...(result.output as object) };
  };
  const list = body as { documents?: unknown[] };
  return Array.isArray(list.documents) ? { ...list, documents: list.documents.map(parse) } : parse(body);
}

// Session secrets travel in these headers; an error that may be logged must not carry them.
function _redactHeaders(headers: Record<string, string>): Record<string, string> {
  const copy = { ...headers };
  for (const name of ['set-cookie', 'x-fallback-cookies']) if (name in copy) copy[name] = '[redacted]';
  return copy;
}
