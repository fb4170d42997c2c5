import type { GenericSchema } from 'valibot';
import type { RetryOptions } from '../client/types.ts';

/** HTTP methods the Appwrite client API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Operation interface: the declarative description of one endpoint, written by the generator.
 *
 * Path placeholders (`{teamId}`) are filled from params of the same name; the remaining params
 * go to the query string for GET and to the body otherwise, as Appwrite reads them.
 *
 * @internal
 */
export interface Operation {
  /** A label for error messages; without one, messages name the operation by method and path. */
  readonly name?: string;
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** The path relative to the endpoint, with `{name}` placeholders. */
  readonly path: string;
  /** The valibot schema of the params object. */
  readonly params?: GenericSchema;
  /** The response model name, used for optional response validation. */
  readonly model?: string;
  /** How the response body is read: JSON that must be an object (default), bytes, or anything (204 operations). */
  readonly response?: 'json' | 'blob' | 'none';
  /** Headers this operation always sends. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Wraps the body params under this key (`{ query: {...} }` for GraphQL). */
  readonly bodyKey?: string;
  /**
   * Fills the path placeholders (`_encodePath`); set only when the path has some, so that
   * other operations do not carry the encoder.
   */
  readonly fill?: (template: string, params: Readonly<Record<string, unknown>>, operation: string) => [string, Record<string, unknown>];
  /** Flattens list and object GET params into query keys (`_flattenParams`); set only where a GET has such params. */
  readonly flat?: (params: Readonly<Record<string, unknown>>) => Record<string, string>;
  /** Builds a multipart body (`_formBody`); set only on multipart operations. */
  readonly form?: (params: Readonly<Record<string, unknown>>) => FormData;
  /**
   * Takes a typed collection's `'~schemas'` out of the params and checks outgoing `data` with them
   * (`_collectionParams`); set only on document operations.
   */
  readonly collection?: (params: Record<string, unknown>, method: HttpMethod, operation: string) => Record<string, unknown>;
  /** Validates documents with the caller's `options.schema` (`_validateDocuments`); set only on document operations. */
  readonly documents?: (schema: GenericSchema, body: unknown, operation: string) => unknown;
}

/**
 * Request options interface: per-call settings every operation accepts as its last argument.
 */
export interface RequestOptions {
  /** Aborts the request, including any retry wait, with the signal's reason. */
  readonly signal?: AbortSignal;
  /** Per-attempt timeout in milliseconds for this call; `0` disables it. */
  readonly timeout?: number;
  /** Extra headers for this call. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Retry count or options for this call, replacing the client's. `0` turns retries off. */
  readonly retry?: number | RetryOptions;
  /** Set to `false` to skip response validation for this call, `true` to require it. */
  readonly validateResponse?: boolean;
}

/**
 * Document request options interface: request options plus a schema for the document's own fields.
 */
export interface DocumentRequestOptions<TSchema extends GenericSchema | undefined = undefined> extends RequestOptions {
  /** A valibot schema for the documents' fields; each returned document is validated and typed with it. */
  readonly schema?: TSchema;
}

/**
 * Raw response interface: what `.raw()` resolves to.
 */
export interface RawResponse<T> {
  /** The response body: parsed JSON, a `Blob` for binary operations, or `undefined` when empty. */
  readonly body: T;
  /** The HTTP status code. */
  readonly status: number;
  /** The response headers, lower-cased. */
  readonly headers: Record<string, string>;
  /** Milliseconds from sending the request to reading the whole response. */
  readonly roundTripTime: number;
}

/**
 * Aw promise interface: the promise every operation returns.
 *
 * Awaiting it gives the response body; `.raw()` gives status, headers, body and round-trip
 * time of the same single request.
 */
export interface AwPromise<T> extends Promise<T> {
  /** Resolves to the whole response of this request instead of its body. */
  raw(): Promise<RawResponse<T>>;
}
