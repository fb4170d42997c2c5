import type { FetchResponse } from 'ofetch';
import { safeParse, type GenericSchema } from 'valibot';
import type { Client } from '../client/types.ts';
import { FALLBACK_COOKIES_KEY } from '../cookies/CookieStorage.ts';
import { AppwriteError, AwError, AwNetworkError, AwTimeoutError, AwValidationError } from '../errors/errors.ts';
import { _retryDelay } from './retryPolicy.ts';
import { _sleep } from './sleep.ts';
import { _transport, type TransportOptions } from './transport.ts';
import type { AwPromise, DocumentRequestOptions, Operation, RawResponse } from './types.ts';

/** What a call keeps for `.raw()`: filled in when the answer arrives, read only if `.raw()` is called. */
interface CallState {
  response?: FetchResponse<unknown>;
  roundTripTime?: number;
}

/**
 * Sends one operation and returns its body as an {@link AwPromise}.
 *
 * Validates params, fills the path, sends with the client's auth headers through ofetch, retries
 * where safe, and turns non-2xx answers into {@link AppwriteError}.
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
  params: object = {},
  options: DocumentRequestOptions<GenericSchema | undefined> = {},
): AwPromise<T> {
  const state: CallState = {};
  const body = _send(client, operation, params as Record<string, unknown>, options, state) as AwPromise<T>;
  // Defined, not assigned: a new own property on a native promise sends V8's allocation-site
  // tracking into pretenuring, and every object of the call then outlives the young generation.
  // The headers object is made only when `.raw()` is called.
  Object.defineProperty(body, 'raw', {
    value: (): Promise<RawResponse<T>> =>
      body.then((data) => ({
        body: data,
        status: state.response!.status,
        headers: Object.fromEntries(state.response!.headers),
        roundTripTime: state.roundTripTime!,
      })),
  });
  return body;
}

/**
 * The name errors give an operation: its method and path.
 *
 * @internal
 */
export function _label(operation: Operation): string {
  return operation.name ?? `${operation.method} ${operation.path}`;
}

/**
 * Checks a value against a valibot schema, throwing an {@link AwValidationError} that names the
 * operation, the field and the rule.
 *
 * @internal
 */
export function _check(schema: GenericSchema, value: unknown, operation: string, target: 'params' | 'response'): unknown {
  const result = safeParse(schema, value);
  if (!result.success) throw new AwValidationError(operation, target, result.issues);
  return result.output;
}

/**
 * Splits params into the filled path and the rest (query or body values).
 *
 * @internal
 */
export function _fill(operation: Operation, params: Record<string, unknown>): [string, Record<string, unknown>] {
  if (operation.collection) params = operation.collection(params, operation.method, _label(operation));
  if (operation.params) _check(operation.params, params, _label(operation), 'params');
  return operation.fill ? operation.fill(operation.path, params, _label(operation)) : [operation.path, params];
}

async function _send(
  client: Client,
  operation: Operation,
  params: Record<string, unknown>,
  options: DocumentRequestOptions<GenericSchema | undefined>,
  state: CallState,
): Promise<unknown> {
  const { method } = operation;
  const [path, values] = _fill(operation, params);
  const blob = operation.response === 'blob';
  // A client acting with an explicit session or JWT keeps out of the shared fallback cookie,
  // which may belong to another user of the same base client.
  const fallback = !client.session && !client.jwt;
  // Only the keys a call needs, made once for all its attempts: ofetch copies them on every attempt.
  const init: { -readonly [K in keyof TransportOptions]: TransportOptions[K] } = {
    method,
    headers: _headers(client, operation, options, fallback),
    credentials: 'include',
    // With no redirect to follow and no window, the runtime sends the body as is: any other mode
    // makes it copy the request (tee its body stream) first, which is most of an upload's extra work.
    redirect: 'error',
    window: null,
    // Retries stay in the loop here: ofetch's own cannot honour Retry-After, its wait ignores an abort,
    // and it reuses the timed-out signal (see below).
    retry: 0,
    awMax: blob ? Infinity : client.maxResponseBytes,
    awWhere: `[${method} ${path}]`,
  };
  // Undefined values are never sent, and neither is a query or body with nothing defined in it.
  for (const key in values) {
    if (values[key] === undefined) continue;
    if (method === 'GET') init.query = operation.flat ? operation.flat(values) : values;
    else init.body = (operation.form ? operation.form(values) : operation.bodyKey ? { [operation.bodyKey]: values } : values) as BodyInit;
    break;
  }
  // Binary operations read bytes; everything else is parsed as JSON when it parses, kept as text otherwise.
  if (blob) init.responseType = 'blob';
  else init.parseResponse = _parse;
  if (client.fetch) init.awFetch = client.fetch;
  const timeout = options.timeout ?? client.timeout;
  const { signal } = options;

  for (let attempt = 0; ; attempt++) {
    signal?.throwIfAborted();
    // A fresh controller and timer per attempt: ofetch's own `timeout` reuses the first attempt's
    // signal on a retry (so a timed-out attempt aborts every later one) and is skipped when the caller
    // passes a signal. Controllers are not pooled: Node's fetch leaves an abort listener on every
    // signal it is given until the request is collected, so a reused signal gathers them.
    const controller = timeout > 0 || signal ? new AbortController() : undefined;
    const timer = timeout > 0 ? setTimeout(_onTimeout, timeout, controller) : undefined;
    const onAbort = signal && ((): void => controller!.abort(signal.reason));
    if (onAbort) signal.addEventListener('abort', onAbort);
    const started = performance.now();
    let response: FetchResponse<unknown> | undefined;
    let error: (AwError & { status?: number; retryAfter?: number }) | undefined;
    try {
      if (controller) init.signal = controller.signal;
      response = await _transport(client.endpoint + path, init);
    } catch (failure) {
      if (signal?.aborted) throw signal.reason;
      const { response: answered, cause, name } = failure as { response?: FetchResponse<unknown>; cause?: unknown; name?: string };
      // A refused redirect or an oversized body, already named by the fetch step.
      if (cause instanceof AwError) throw cause;
      response = answered;
      if (!response) {
        if (controller?.signal.aborted) error = new AwTimeoutError(method, path, timeout);
        // ofetch's FetchError exposes the request options (auth headers included): keep only its cause.
        // A TypeError is fetch's own way to say the connection broke while the body was read.
        else if (name === 'FetchError' || name === 'TypeError') error = new AwNetworkError(method, new URL(client.endpoint).host, path, cause ?? failure);
        // Not a transport failure (a param that cannot be encoded, say): no retry would change it.
        else throw failure;
      }
    } finally {
      clearTimeout(timer);
      if (onAbort) signal.removeEventListener('abort', onAbort);
    }
    const roundTripTime = performance.now() - started;
    let data: unknown = response?._data;
    if (response) {
      const cookie = fallback && response.headers.get('x-fallback-cookies');
      if (cookie) client.cookieStorage.setItem(FALLBACK_COOKIES_KEY, cookie);
      if (!response.ok) {
        if (data instanceof Blob) data = _parse(await data.text());
        const { status, statusText: reason, headers: answer } = response;
        error = new AppwriteError({ method, path, status, reason, body: data, headers: Object.fromEntries(answer), roundTripTime });
        // Appwrite serves its API under /v1, and answers a path outside it with a bare "route not found".
        if ((data as { type?: unknown })?.type == 'general_route_not_found' && !client.endpoint.endsWith('/v1')) error.message += ` (the endpoint ${client.endpoint} looks like it is missing /v1)`;
      }
    }
    if (error) {
      const wait = _retryDelay(options.retry ?? client.retry, method, attempt, error);
      if (wait === undefined) throw error;
      await _sleep(wait, signal);
      continue;
    }
    // No error, so an answer came.
    const { status } = response!;
    if (!operation.response && status !== 204 && (typeof data !== 'object' || !data)) {
      // A captive portal's page, a cut-off or empty body: not the model the caller is promised.
      // Its first bytes, quoted: `""` for an empty body, `"42"` for a bare JSON number.
      throw new AwError(`${init.awWhere} expected a JSON body, got ${status} ${response!.headers.get('content-type')}: ${JSON.stringify(String(data === undefined ? '' : data).slice(0, 80))}`);
    }
    const schema = operation.model && client.responseValidators?.[operation.model];
    if (options.validateResponse ?? schema) {
      if (!schema) throw new TypeError(`${_label(operation)}: validateResponse needs responseValidators["${operation.model}"]`);
      _check(schema, data, _label(operation), 'response');
    }
    if (options.schema && operation.documents) data = operation.documents(options.schema, data, _label(operation));
    state.response = response!;
    state.roundTripTime = roundTripTime;
    return data;
  }
}

function _onTimeout(controller: AbortController): void {
  controller.abort(new DOMException('The attempt timed out', 'TimeoutError'));
}

// JSON when it parses; the text otherwise, so a non-JSON answer can be reported with its first bytes.
// `JSON.parse` makes `__proto__` an own key, so a hostile body cannot reach any prototype.
function _parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function _headers(
  client: Client,
  operation: Operation,
  options: DocumentRequestOptions<GenericSchema | undefined>,
  fallback: boolean,
): Record<string, string> {
  const headers: Record<string, string> = { 'x-appwrite-response-format': '1.5.0' };
  // Lower-cased so a caller's `X-Appwrite-Locale` replaces ours instead of joining it.
  _merge(headers, client.headers);
  _merge(headers, operation.headers);
  _merge(headers, options.headers);
  headers['x-appwrite-project'] = client.project;
  // Set only when present (never added then deleted, which would slow the object down for good).
  if (client.jwt) headers['x-appwrite-jwt'] = client.jwt;
  if (client.session) headers['x-appwrite-session'] = client.session;
  if (client.locale) headers['x-appwrite-locale'] = client.locale;
  const cookie = fallback && client.cookieStorage.getItem(FALLBACK_COOKIES_KEY);
  if (cookie) headers['x-fallback-cookies'] = cookie;
  for (const key in headers) {
    // Refuse header injection before anything is sent, keeping the value (maybe a secret) out of the error.
    if (typeof headers[key] !== 'string' || /[\r\n\0]/.test(headers[key])) {
      const message = 'Invalid header: Expected a string without CR, LF or NUL';
      throw new AwValidationError(_label(operation), 'headers', [{ kind: 'validation', type: 'check', message, path: [{ key }] } as never]);
    }
  }
  return headers;
}

function _merge(headers: Record<string, string>, extra: Readonly<Record<string, string>> | undefined): void {
  for (const key in extra) headers[key.toLowerCase()] = extra[key]!;
}
