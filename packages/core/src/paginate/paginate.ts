import type { Client } from '../client/types.ts';
import { cursorAfter, limit, offset } from '../query/query.ts';
import type { GenericSchema, InferOutput } from 'valibot';
import type { RequestOptions } from '../request/types.ts';
import type { CollectionDocument, ListQueryOf } from '../collection/types.ts';

/**
 * List operation type: any list function of the SDK that takes `queries`, such as
 * `listUserDocuments`, `listFiles`, `listTeams`, `listMemberships`, `listExecutions`,
 * `listIdentities` or `listLogs`.
 */
// `any` so that every list function fits whatever its own params and options are; `paginate` reads them back with `Parameters`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ListOperation = (client: Client, params: any, options?: any) => PromiseLike<object>;

/**
 * The item type of a list page: the element type of its one list property (`documents`, `files`, …).
 */
export type PageItem<TPage> = {
  [K in keyof TPage]: TPage[K] extends readonly (infer TItem)[] ? TItem : never;
}[keyof TPage];

/**
 * Paginate options type: the list call's own options plus how to walk.
 */
export type PaginateOptions<TOptions = RequestOptions> = TOptions & {
  /** Items fetched per request; Appwrite caps a page at 5000. Defaults to 100. */
  readonly pageSize?: number;
  /** Start after the item with this ID instead of at the beginning. */
  readonly after?: string;
};

/**
 * The item type `paginate` yields: the list's item (a typed collection's document when the params
 * carry one), with the fields of `options.schema` when one is given.
 */
export type PaginatedItem<TList extends ListOperation, TOptions, TTypes = unknown> = CollectionDocument<TTypes, PageItem<Awaited<ReturnType<TList>>>> &
  (TOptions extends { readonly schema: infer TSchema extends GenericSchema } ? InferOutput<TSchema> : unknown);

/** Default page size: large enough for few round trips, small enough for a quick first item. */
const DEFAULT_PAGE_SIZE = 100;

// Paging queries are owned by paginate; a caller's own would fight with the cursor.
const PAGING_METHODS = ['limit', 'offset', 'cursorAfter', 'cursorBefore'];

function pagingMethod(query: string): string | undefined {
  try {
    const method = (JSON.parse(query) as { method?: unknown }).method;
    return typeof method === 'string' && PAGING_METHODS.includes(method) ? method : undefined;
  } catch {
    return undefined;
  }
}

function itemsOf(page: unknown, operation: string): { $id?: unknown }[] {
  const values = page && typeof page === 'object' ? Object.values(page) : [];
  const items = values.find(Array.isArray);
  if (!items) throw new TypeError(`paginate: ${operation} answered without a list; pass a list operation such as listUserDocuments`);
  return items as { $id?: unknown }[];
}

/**
 * Creates an async iterator over every item of a list operation, one page at a time, walking
 * with `Query.cursorAfter` so that items added or removed meanwhile do not shift pages. Items
 * without an `$id` (account logs) are walked with `Query.offset` instead.
 *
 * Only one page is held at a time, so memory stays flat however long the list. The walk stops
 * after the first short page; breaking out of the loop stops it early, and `signal` aborts the
 * request in flight and the walk.
 *
 * @param list The list operation, such as `listUserDocuments` or `listFiles`.
 * @param client The client to send with.
 * @param params The operation's params; `queries` may filter and order but not page. A typed
 *   collection from `aw-typegen` (as the params or spread into them) types the items and the queries.
 * @param options The operation's own options (signal, schema, …) plus `pageSize` and `after`.
 *
 * @returns An async iterator of the items.
 *
 * @throws {TypeError} When `queries` already holds `limit`, `offset` or a cursor, or `pageSize` is not a positive integer.
 *
 * @example
 * ```ts
 * import { paginate } from '@aw/core/paginate';
 * import { listUserDocuments } from '@aw/databases';
 *
 * for await (const book of paginate(listUserDocuments, client, { databaseId: 'library', collectionId: 'books' }, { pageSize: 500 })) {
 *   console.log(book.$id);
 * }
 * ```
 */
export async function* paginate<TList extends ListOperation, const TOptions extends PaginateOptions<NonNullable<Parameters<TList>[2]>>, TTypes = unknown>(
  list: TList,
  client: Client,
  // A generic list operation's own params type is read with its defaults, so the collection's
  // types are read here, from the params given.
  params: Parameters<TList>[1] & { readonly '~types'?: TTypes; readonly queries?: readonly ListQueryOf<NoInfer<TTypes>>[] },
  options?: TOptions,
): AsyncGenerator<PaginatedItem<TList, TOptions, TTypes>, void, undefined> {
  const { pageSize = DEFAULT_PAGE_SIZE, after, ...rest } = (options ?? {}) as PaginateOptions;
  const callOptions: RequestOptions = rest;
  const name = list.name || 'the list operation';
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new TypeError(`paginate: pageSize must be a positive integer (got ${pageSize})`);
  const filters: readonly string[] = (params as { queries?: readonly string[] }).queries ?? [];
  for (const query of filters) {
    const method = pagingMethod(query);
    if (method) throw new TypeError(`paginate: remove Query.${method} from queries; paginate pages with pageSize and the cursor itself`);
  }
  // Items with an `$id` are walked by cursor; items without one (account logs) by offset, the only
  // paging Appwrite offers for them.
  let cursor = after;
  let skipped = 0;
  let byOffset = false;
  for (;;) {
    callOptions.signal?.throwIfAborted();
    const paging = byOffset ? [offset(skipped)] : cursor === undefined ? [] : [cursorAfter(cursor)];
    const items = itemsOf(await list(client, { ...params, queries: [...filters, limit(pageSize), ...paging] }, callOptions), name);
    // A server that ignored the cursor would hand back the same page forever.
    if (cursor !== undefined && !byOffset && items.some((item) => item.$id === cursor)) {
      throw new TypeError(`paginate: ${name} returned the item it was asked to continue after ("${cursor}"); the operation does not page by cursor`);
    }
    for (const item of items) yield item as PaginatedItem<TList, TOptions, TTypes>;
    const last = items[items.length - 1];
    if (items.length < pageSize || !last) return;
    skipped += items.length;
    if (typeof last.$id === 'string' && !byOffset) cursor = last.$id;
    else byOffset = true;
  }
}
