import type { Hono } from 'hono';
import { fail } from '../../errors/AppwriteException.ts';
import { parseClientJson } from '../../util/parseJson.ts';
import type { Caller, EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { resolveId } from '../../util/ids.ts';
import { eventNames } from '../realtime/eventNames.ts';
import { documentAllows, documentReadRoles } from './documentAccess.ts';
import { findCollection } from './findCollection.ts';
import { listParam } from './listParam.ts';
import { allows } from './permissions/allows.ts';
import { resolvePermissions } from './permissions/resolvePermissions.ts';
import { parseQueries, type ParsedQuery } from './query/parseQueries.ts';
import { collectionQuerySchema } from './query/querySchema.ts';
import { runQueries, selectOnly } from './query/runQueries.ts';
import {
  createWithRelations, deleteWithRelations, effectiveCollection, flattenDocument, prepareQueries, presentDocument, readContext, relationsOf, updateWithRelations,
} from './relationships.ts';
import type { CollectionConfig, StoredDocument } from './types.ts';
import { toAppwriteDate } from './validateDocument.ts';

const TABLE = 'db_documents';
const DOCUMENT_ACTIONS = ['read', 'update', 'delete', 'write'];

function key(databaseId: string, collectionId: string, documentId: string): string {
  return `${databaseId}/${collectionId}/${documentId}`;
}

function readData(value: unknown): unknown {
  // Form-encoded clients send `data` as a JSON string.
  if (typeof value === 'string') {
    try {
      return parseClientJson(value);
    } catch {
      fail('document_invalid_structure', 'Invalid document structure: the data must be a JSON object');
    }
  }
  return value;
}

function unauthorized(): never {
  return fail('user_unauthorized', 'The current user is not authorized to perform the requested action.');
}

function notFound(documentId: unknown): never {
  return fail('document_not_found', `Document '${String(documentId)}' was not found.`);
}

function publish(ctx: EmulatorContext, collection: CollectionConfig, document: StoredDocument, action: string): void {
  const { $databaseId: databaseId, $collectionId: collectionId, $id: documentId } = document;
  ctx.events.publish({
    events: eventNames([['databases', databaseId], ['collections', collectionId], ['documents', documentId]], action),
    channels: ['documents', `databases.${databaseId}.collections.${collectionId}.documents`, `databases.${databaseId}.collections.${collectionId}.documents.${documentId}`],
    payload: withoutRelationships(ctx, collection, document),
    readRoles: documentReadRoles(collection, document),
  });
}

/**
 * Leaves relationship attributes out of an event payload: Appwrite 1.5 treats them as sensitive
 * for events, so realtime subscribers never see them (nor the related ids).
 *
 * @param ctx The emulator context.
 * @param collection The document's collection.
 * @param document The stored document.
 *
 * @returns The payload.
 */
function withoutRelationships(ctx: EmulatorContext, collection: CollectionConfig, document: StoredDocument): StoredDocument {
  const keys = new Set(relationsOf(ctx.config.collections, collection).map((relation) => relation.key));
  if (keys.size === 0) return document;
  return Object.fromEntries(Object.entries(document).filter(([name]) => !keys.has(name))) as StoredDocument;
}

function readableDocument(ctx: EmulatorContext, caller: Caller, params: Record<string, unknown>) {
  const collection = effectiveCollection(ctx.config.collections, findCollection(ctx, params.databaseId, params.collectionId));
  const table = ctx.store.table<StoredDocument>(TABLE);
  const document = table.get(key(collection.databaseId, collection.$id, String(params.documentId)));
  if (!document || !documentAllows(collection, document, 'read', caller.roles)) notFound(params.documentId);
  return { collection, table, document };
}

/**
 * Registers the five document operations of the databases service.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerDatabasesRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'databasesListDocuments', ({ caller, params }) => {
    const collection = effectiveCollection(ctx.config.collections, findCollection(ctx, params.databaseId, params.collectionId));
    const collectionRead = allows(collection.$permissions, 'read', caller.roles);
    if (!collectionRead && !collection.documentSecurity) unauthorized();
    const queries = prepareQueries(collection, parseQueries(listParam(params, 'queries')));
    const read = readContext(ctx, caller);
    const readable = ctx.store
      .table<StoredDocument>(TABLE)
      .filter((document) => document.$databaseId === collection.databaseId && document.$collectionId === collection.$id)
      .filter((document) => collectionRead || documentAllows(collection, document, 'read', caller.roles))
      .map((document) => flattenDocument(read, collection, document));
    const result = runQueries(readable, queries, collectionQuerySchema(collection));
    const documents = result.items.map((item) => withoutUnselectedIds(presentDocument(read, collection, item), queries));
    return { total: result.total, documents };
  });

  defineRoute(app, ctx, 'databasesGetDocument', ({ caller, params }) => {
    const { collection, document } = readableDocument(ctx, caller, params);
    const read = readContext(ctx, caller);
    const queries = prepareQueries(collection, parseQueries(listParam(params, 'queries')));
    return presentDocument(read, collection, selectOnly(flattenDocument(read, collection, document), queries, collectionQuerySchema(collection)));
  });

  defineRoute(app, ctx, 'databasesCreateDocument', ({ caller, params }) => {
    const collection = effectiveCollection(ctx.config.collections, findCollection(ctx, params.databaseId, params.collectionId));
    if (params.data === undefined || params.data === null) fail('document_missing_data', 'The document data is missing; send a `data` object.');
    const documentId = resolveId(params.documentId);
    if (!documentId) fail('general_argument_invalid', 'Invalid `documentId` param: use up to 36 letters, digits, periods, hyphens or underscores, not starting with a special character, or unique().');
    if (!allows(collection.$permissions, 'create', caller.roles)) unauthorized();
    const data = readData(params.data);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('document_invalid_structure', 'Invalid document structure: the data must be a JSON object');
    const permissions = resolvePermissions(listParam(params, 'permissions'), caller.roles, caller.user?.$id, DOCUMENT_ACTIONS);
    const table = ctx.store.table<StoredDocument>(TABLE);
    const id = key(collection.databaseId, collection.$id, documentId);
    if (table.get(id)) fail('document_already_exists', `A document with ID '${documentId}' already exists in this collection.`);
    const document = createWithRelations(ctx, caller, collection, documentId, data as Record<string, unknown>, permissions, (values) =>
      checkUniqueIndexes(table, collection, values, documentId),
    );
    publish(ctx, collection, document, 'create');
    const read = readContext(ctx, caller);
    return presentDocument(read, collection, flattenDocument(read, collection, document));
  });

  defineRoute(app, ctx, 'databasesUpdateDocument', ({ c, caller, params }) => {
    const since = requestTimestamp(c.req.header('x-appwrite-timestamp'));
    const { collection, table, document } = readableDocument(ctx, caller, params);
    checkNotNewer(document, since);
    const data = params.data === undefined || params.data === null ? undefined : readData(params.data);
    const requested = listParam(params, 'permissions');
    if (data === undefined && requested === undefined) fail('document_missing_payload', 'Send `data`, `permissions` or both to update a document.');
    // Update permission is checked once the change is known: an update that changes nothing needs none (as in Appwrite).
    if (data !== undefined && (typeof data !== 'object' || data === null || Array.isArray(data))) {
      fail('document_invalid_structure', 'Invalid document structure: the data must be a JSON object');
    }
    const permissions = requested === undefined ? undefined : resolvePermissions(requested, caller.roles, caller.user?.$id, DOCUMENT_ACTIONS);
    const updated = updateWithRelations(ctx, caller, collection, document, (data ?? {}) as Record<string, unknown>, permissions, (values) => {
      if (data !== undefined) checkUniqueIndexes(table, collection, values, document.$id);
    });
    publish(ctx, collection, updated, 'update');
    const read = readContext(ctx, caller);
    return presentDocument(read, collection, flattenDocument(read, collection, updated));
  });

  defineRoute(app, ctx, 'databasesDeleteDocument', ({ c, caller, params }) => {
    const since = requestTimestamp(c.req.header('x-appwrite-timestamp'));
    const { collection, document } = readableDocument(ctx, caller, params);
    checkNotNewer(document, since);
    if (!documentAllows(collection, document, 'delete', caller.roles)) unauthorized();
    deleteWithRelations(ctx, collection, document);
    publish(ctx, collection, document, 'delete');
    return null;
  });
}

/**
 * Reads the `X-Appwrite-Timestamp` header (the time the client last saw the document).
 *
 * @param header The header value.
 *
 * @returns The time in ms, or undefined without the header.
 */
function requestTimestamp(header: string | undefined): number | undefined {
  if (!header) return undefined;
  const iso = toAppwriteDate(header);
  if (iso === undefined) fail('general_argument_invalid', 'Invalid X-Appwrite-Timestamp header value');
  return Date.parse(iso);
}

/**
 * Refuses a change when the stored document was updated after the client's timestamp, as Appwrite does.
 *
 * @param document The stored document.
 * @param since The request timestamp (ms), if any.
 */
function checkNotNewer(document: StoredDocument, since: number | undefined): void {
  if (since !== undefined && Date.parse(document.$updatedAt) > since) fail('document_update_conflict', 'Remote document is newer than local.');
}

/**
 * Enforces the collection's `unique` indexes (from appwrite.json): another document with the same values
 * in all of an index's attributes is a 409 `document_already_exists`, as the database's unique key makes it.
 *
 * @param table The documents table.
 * @param collection The collection.
 * @param values The new document's attribute values.
 * @param documentId The document being written (not compared with itself).
 */
export function checkUniqueIndexes(
  table: { filter(pred: (doc: StoredDocument) => boolean): StoredDocument[] },
  collection: CollectionConfig,
  values: Record<string, unknown>,
  documentId: string,
): void {
  for (const index of collection.indexes ?? []) {
    if (index.type !== 'unique' || index.attributes.length === 0) continue;
    const mine = index.attributes.map((attribute) => JSON.stringify(values[attribute] ?? null));
    // SQL unique keys let rows with a NULL part repeat.
    if (mine.includes('null')) continue;
    const clash = table.filter(
      (doc) => doc.$databaseId === collection.databaseId && doc.$collectionId === collection.$id && doc.$id !== documentId &&
        index.attributes.every((attribute, i) => JSON.stringify(doc[attribute] ?? null) === mine[i]),
    );
    if (clash.length > 0) fail('document_already_exists', 'Document with the requested ID already exists.');
  }
}

/**
 * Drops `$databaseId` and `$collectionId` from a listed document when the list used `select`
 * without naming them, as Appwrite 1.5's listDocuments does (its getDocument keeps them, and so
 * do related documents nested inside).
 *
 * @param document The presented document.
 * @param queries The list's queries.
 *
 * @returns The document to answer.
 */
function withoutUnselectedIds(document: StoredDocument, queries: readonly ParsedQuery[]): StoredDocument {
  const selects = queries.filter((query) => query.method === 'select');
  if (selects.length === 0) return document;
  const named = new Set(selects.flatMap((query) => query.values));
  const copy: Record<string, unknown> = { ...document };
  if (!named.has('$databaseId')) delete copy.$databaseId;
  if (!named.has('$collectionId')) delete copy.$collectionId;
  return copy as StoredDocument;
}
