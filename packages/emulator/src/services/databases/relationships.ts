import { fail } from '../../errors/AppwriteException.ts';
import type { Caller, EmulatorContext } from '../../server/context.ts';
import { resolveId, uniqueId } from '../../util/ids.ts';
import { isoNow } from '../../util/time.ts';
import { documentAllows } from './documentAccess.ts';
import { allows } from './permissions/allows.ts';
import { resolvePermissions } from './permissions/resolvePermissions.ts';
import type { ParsedQuery } from './query/parseQueries.ts';
import type { AttributeConfig, CollectionConfig, StoredDocument } from './types.ts';
import { validateDocument } from './validateDocument.ts';

// How relationships are kept: every link lives in the *parent* side's document, under the parent's key
// (an ID for oneToOne/manyToOne, a list of IDs for oneToMany/manyToMany). The child side of a two-way
// relationship is derived by looking for parents that point at the child, so the two sides never disagree.

/** The four relationship kinds of Appwrite 1.5. */
export type RelationType = 'oneToOne' | 'oneToMany' | 'manyToOne' | 'manyToMany';

/** One side of a relationship, as seen from the collection that has the attribute. */
export interface Relation {
  /** The attribute key on this side. */
  key: string;
  /** The collection this side belongs to. */
  collectionId: string;
  /** The collection on the other side. */
  relatedCollection: string;
  /** The relationship kind, always named from the parent's point of view. */
  relationType: RelationType;
  /** Whether the related collection has a counterpart attribute. */
  twoWay: boolean;
  /** The counterpart attribute key on the other side (the parent's key when this is the child side). */
  twoWayKey: string;
  /** What deleting a document does to its related documents. */
  onDelete: 'restrict' | 'cascade' | 'setNull';
  /** parent: the side the relationship was created on; child: the counterpart. */
  side: 'parent' | 'child';
  /** The parent collection, whose documents store the links. */
  parentCollection: string;
  /** The parent's attribute key, under which the links are stored. */
  parentKey: string;
}

/** Related documents are resolved two levels deep; deeper relationship keys are left out (Appwrite's depth of 3 counting the top). */
export const MAX_READ_LEVEL = 2;
/** Nested documents are written at most this many levels below the request's document. */
export const MAX_WRITE_LEVEL = 3;

const TABLE = 'db_documents';
const RELATION_TYPES: readonly string[] = ['oneToOne', 'oneToMany', 'manyToOne', 'manyToMany'];
const ON_DELETE: readonly string[] = ['restrict', 'cascade', 'setNull'];
const DOCUMENT_ACTIONS = ['read', 'update', 'delete', 'write'];

/**
 * Creates the storage key of a document.
 *
 * @param databaseId The database ID.
 * @param collectionId The collection ID.
 * @param documentId The document ID.
 *
 * @returns The key.
 */
export function documentKey(databaseId: string, collectionId: string, documentId: string): string {
  return `${databaseId}/${collectionId}/${documentId}`;
}

/**
 * Tells whether an attribute declares a relationship.
 *
 * @param attribute The attribute.
 *
 * @returns True for `type: "relationship"`.
 */
export function isRelationshipAttribute(attribute: AttributeConfig): boolean {
  return attribute.type === 'relationship';
}

function parentRelation(collection: CollectionConfig, attribute: AttributeConfig): Relation | undefined {
  if (attribute.side === 'child') return undefined;
  const relationType = String(attribute.relationType ?? '');
  const relatedCollection = attribute.relatedCollection;
  if (!RELATION_TYPES.includes(relationType) || typeof relatedCollection !== 'string') return undefined;
  const onDelete = ON_DELETE.includes(String(attribute.onDelete)) ? (attribute.onDelete as Relation['onDelete']) : 'restrict';
  // Appwrite names the counterpart after the parent collection unless told otherwise.
  const twoWayKey = typeof attribute.twoWayKey === 'string' && attribute.twoWayKey !== '' ? attribute.twoWayKey : collection.$id;
  return {
    key: attribute.key,
    collectionId: collection.$id,
    relatedCollection,
    relationType: relationType as RelationType,
    twoWay: attribute.twoWay === true,
    twoWayKey,
    onDelete,
    side: 'parent',
    parentCollection: collection.$id,
    parentKey: attribute.key,
  };
}

/**
 * Creates the list of relationships a collection takes part in: its own (parent side) and the
 * counterparts of two-way relationships other collections declared towards it (child side).
 *
 * @param collections Every collection of the project.
 * @param collection The collection.
 *
 * @returns Its relationship sides.
 */
export function relationsOf(collections: readonly CollectionConfig[], collection: CollectionConfig): Relation[] {
  const relations: Relation[] = [];
  for (const attribute of collection.attributes ?? []) {
    if (!isRelationshipAttribute(attribute)) continue;
    const relation = parentRelation(collection, attribute);
    if (relation) relations.push(relation);
  }
  for (const other of collections) {
    if (other.databaseId !== collection.databaseId) continue;
    for (const attribute of other.attributes ?? []) {
      if (!isRelationshipAttribute(attribute)) continue;
      const parent = parentRelation(other, attribute);
      if (!parent || !parent.twoWay || parent.relatedCollection !== collection.$id) continue;
      relations.push({
        ...parent,
        key: parent.twoWayKey,
        collectionId: collection.$id,
        relatedCollection: other.$id,
        twoWayKey: parent.key,
        side: 'child',
      });
    }
  }
  return relations;
}

/**
 * Tells whether one side of a relationship holds a list of related documents.
 *
 * @param relation The relationship side.
 *
 * @returns True for the "many" end.
 */
export function holdsMany(relation: Relation): boolean {
  if (relation.relationType === 'manyToMany') return true;
  return relation.side === 'parent' ? relation.relationType === 'oneToMany' : relation.relationType === 'manyToOne';
}

/**
 * Creates the collection as the API sees it: its scalar attributes plus one relationship attribute per
 * relationship side (two-way counterparts included), in Appwrite's attribute model shape.
 *
 * @param collections Every collection of the project.
 * @param collection The collection.
 *
 * @returns The collection with the counterparts added.
 */
export function effectiveCollection(collections: readonly CollectionConfig[], collection: CollectionConfig): CollectionConfig {
  const relations = relationsOf(collections, collection);
  if (relations.length === 0) return collection;
  const scalars = (collection.attributes ?? []).filter((attribute) => !isRelationshipAttribute(attribute));
  return { ...collection, attributes: [...scalars, ...relations.map(relationAttribute)] };
}

/**
 * Creates the attribute model of one relationship side (what Appwrite's attribute endpoints answer).
 *
 * @param relation The relationship side.
 *
 * @returns The attribute.
 */
export function relationAttribute(relation: Relation): AttributeConfig {
  return {
    key: relation.key,
    type: 'relationship',
    status: 'available',
    error: '',
    required: false,
    array: false,
    relatedCollection: relation.relatedCollection,
    relationType: relation.relationType,
    twoWay: relation.twoWay,
    twoWayKey: relation.twoWayKey,
    onDelete: relation.onDelete,
    side: relation.side,
  };
}

/**
 * The documents a request reads and writes: reads see the request's own pending writes, and nothing
 * reaches the store until `commit`, so a refused nested write leaves no half-made change behind.
 */
class Staged {
  readonly #pending = new Map<string, StoredDocument | null>();
  // Collection listings, reused until the next write (a list answer resolves many documents against the same collections).
  readonly #lists = new Map<string, StoredDocument[]>();

  /**
   * Creates a staging area over the emulator's documents.
   *
   * @param ctx The emulator context.
   */
  constructor(readonly ctx: EmulatorContext) {}

  /** The documents table. */
  get table() {
    return this.ctx.store.table<StoredDocument>(TABLE);
  }

  get(databaseId: string, collectionId: string, documentId: string): StoredDocument | undefined {
    const key = documentKey(databaseId, collectionId, documentId);
    if (this.#pending.has(key)) return this.#pending.get(key) ?? undefined;
    return this.table.get(key);
  }

  list(databaseId: string, collectionId: string): StoredDocument[] {
    const prefix = documentKey(databaseId, collectionId, '');
    const cached = this.#lists.get(prefix);
    if (cached) return cached;
    const stored = this.table.filter((doc) => doc.$databaseId === databaseId && doc.$collectionId === collectionId);
    const result = stored.map((doc) => {
      const key = documentKey(databaseId, collectionId, doc.$id);
      return this.#pending.has(key) ? this.#pending.get(key) : doc;
    });
    for (const [key, doc] of this.#pending) {
      if (doc && key.startsWith(prefix) && !this.table.get(key)) result.push(doc);
    }
    const listed = result.filter((doc): doc is StoredDocument => Boolean(doc));
    this.#lists.set(prefix, listed);
    return listed;
  }

  put(doc: StoredDocument): void {
    this.#lists.clear();
    this.#pending.set(documentKey(doc.$databaseId, doc.$collectionId, doc.$id), doc);
  }

  delete(doc: StoredDocument): void {
    this.#lists.clear();
    this.#pending.set(documentKey(doc.$databaseId, doc.$collectionId, doc.$id), null);
  }

  commit(): void {
    this.#lists.clear();
    const table = this.table;
    for (const [key, doc] of this.#pending) {
      if (doc) table.put(key, doc);
      else table.delete(key);
    }
    this.#pending.clear();
  }
}

function relatedConfig(ctx: EmulatorContext, databaseId: string, collectionId: string): CollectionConfig | undefined {
  const collection = ctx.config.collections.find((item) => item.databaseId === databaseId && item.$id === collectionId);
  return collection && collection.enabled !== false ? collection : undefined;
}

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

/**
 * Creates the IDs of the documents linked to one document through one relationship side.
 *
 * @param staged The documents.
 * @param databaseId The database.
 * @param relation The relationship side.
 * @param doc The document.
 *
 * @returns The related IDs.
 */
function linkedIds(staged: Staged, databaseId: string, relation: Relation, doc: StoredDocument): string[] {
  if (relation.side === 'parent') return idsIn(doc[relation.key]);
  return staged
    .list(databaseId, relation.parentCollection)
    .filter((parent) => idsIn(parent[relation.parentKey]).includes(doc.$id))
    .map((parent) => parent.$id);
}

function setStored(staged: Staged, doc: StoredDocument, key: string, value: unknown): void {
  const latest = staged.get(doc.$databaseId, doc.$collectionId, doc.$id) ?? doc;
  const next = { ...latest };
  Object.defineProperty(next, key, { value, enumerable: true, writable: true, configurable: true });
  staged.put(next);
}

/**
 * Points one document's relationship side at exactly these related IDs, keeping the other documents'
 * links consistent with the relationship's cardinality.
 */
function setLinks(staged: Staged, databaseId: string, relation: Relation, doc: StoredDocument, ids: string[]): void {
  const parents = () => staged.list(databaseId, relation.parentCollection);
  const key = relation.parentKey;
  const wanted = [...new Set(ids)];
  if (relation.side === 'parent') {
    if (holdsMany(relation)) {
      setStored(staged, doc, key, wanted);
      if (relation.relationType === 'oneToMany') {
        // A child belongs to one parent: take it away from the others.
        for (const other of parents()) {
          if (other.$id === doc.$id) continue;
          const list = idsIn(other[key]);
          if (list.some((id) => wanted.includes(id))) setStored(staged, other, key, list.filter((id) => !wanted.includes(id)));
        }
      }
    } else {
      const target = wanted[0] ?? null;
      setStored(staged, doc, key, target);
      if (relation.relationType === 'oneToOne' && target !== null) {
        for (const other of parents()) if (other.$id !== doc.$id && other[key] === target) setStored(staged, other, key, null);
      }
    }
    return;
  }
  // Child side: the links live in the parents.
  for (const parent of parents()) {
    const list = idsIn(parent[key]);
    const linked = list.includes(doc.$id);
    const shouldLink = wanted.includes(parent.$id);
    if (linked === shouldLink) continue;
    if (Array.isArray(parent[key]) || relation.relationType === 'oneToMany' || relation.relationType === 'manyToMany') {
      setStored(staged, parent, key, shouldLink ? [...list, doc.$id] : list.filter((id) => id !== doc.$id));
    } else {
      setStored(staged, parent, key, shouldLink ? doc.$id : null);
    }
  }
  if (relation.relationType === 'oneToOne' && wanted[0] !== undefined) {
    // The parent's previous child loses it, so one child keeps one parent and the reverse.
    for (const parent of parents()) if (parent.$id !== wanted[0] && parent[key] === doc.$id) setStored(staged, parent, key, null);
  }
}

function invalidRelationship(message: string): never {
  return fail('relationship_value_invalid', `Invalid relationship value: ${message}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a write needs to know about the request. */
interface WriteRequest {
  ctx: EmulatorContext;
  caller: Caller;
  staged: Staged;
  /** Keys of the documents this request creates. */
  created: Set<string>;
}

/**
 * Tells whether Appwrite's database stores a link of this side in the related document as well (so changing
 * it is an update of that document): everything except many-to-many (a junction) and a parent's own pointer.
 */
function linkChangesRelated(relation: Relation): boolean {
  if (relation.relationType === 'manyToMany') return false;
  if (relation.side === 'parent') return relation.relationType === 'oneToMany' || (relation.relationType === 'oneToOne' && relation.twoWay);
  return true;
}

/** The input of one document write. */
interface DocumentWrite {
  collection: CollectionConfig;
  documentId: string;
  data: Record<string, unknown>;
  permissions: string[] | undefined;
  existing: StoredDocument | undefined;
  level: number;
  /** The counterpart key of the relationship this nested write came through (ignored in the data). */
  backKey: string | undefined;
}

function writeDocument(request: WriteRequest, write: DocumentWrite): StoredDocument {
  const { ctx, caller, staged } = request;
  const createdHere = request.created;
  const { collection, existing } = write;
  if (!existing) createdHere.add(documentKey(collection.databaseId, collection.$id, write.documentId));
  const relations = relationsOf(ctx.config.collections, collection);
  const relationKeys = new Set(relations.map((relation) => relation.key));
  const scalarData: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(write.data)) if (!relationKeys.has(key)) scalarData[key] = write.data[key];
  const scalars = (collection.attributes ?? []).filter((attribute) => !isRelationshipAttribute(attribute));
  const values = validateDocument(scalars, scalarData, existing);
  const now = isoNow();
  const base: StoredDocument = existing
    ? { ...existing, $permissions: write.permissions ?? existing.$permissions, $updatedAt: now }
    : {
        $id: write.documentId,
        $collectionId: collection.$id,
        $databaseId: collection.databaseId,
        $createdAt: now,
        $updatedAt: now,
        $permissions: write.permissions ?? [],
      };
  const doc: StoredDocument = { ...base };
  for (const [key, value] of Object.entries(values)) Object.defineProperty(doc, key, { value, enumerable: true, writable: true, configurable: true });
  if (!existing) {
    for (const relation of relations) {
      if (relation.side === 'parent') Object.defineProperty(doc, relation.key, { value: holdsMany(relation) ? [] : null, enumerable: true, writable: true, configurable: true });
    }
  }
  staged.put(doc);

  for (const relation of relations) {
    if (!Object.hasOwn(write.data, relation.key) || relation.key === write.backKey) continue;
    // Appwrite stops following nested writes past its depth limit.
    if (write.level >= MAX_WRITE_LEVEL) continue;
    const value = write.data[relation.key];
    if (value === undefined) continue;
    let items: unknown[];
    if (value === null) items = [];
    else if (holdsMany(relation)) {
      if (!Array.isArray(value)) invalidRelationship(`"${relation.key}" takes a list of document IDs or documents.`);
      items = value;
    } else {
      if (Array.isArray(value)) invalidRelationship(`"${relation.key}" takes one document ID or document, not a list.`);
      items = [value];
    }
    const related = relatedConfig(ctx, collection.databaseId, relation.relatedCollection);
    if (!related) fail('collection_not_found', `Collection '${relation.relatedCollection}' was not found.`);
    const current = staged.get(doc.$databaseId, doc.$collectionId, doc.$id) ?? doc;
    const ids: string[] = [];
    for (const item of items) {
      if (typeof item === 'string') {
        const target = staged.get(collection.databaseId, related.$id, item);
        // An unknown or unreadable ID links nothing, so the answer does not tell which IDs exist.
        if (target && documentAllows(related, target, 'read', caller.roles)) ids.push(item);
        continue;
      }
      if (!isPlainObject(item)) invalidRelationship(`"${relation.key}" items must be document IDs or documents.`);
      ids.push(writeNested(request, related, relation, item, current, write.level + 1));
    }
    const latest = staged.get(doc.$databaseId, doc.$collectionId, doc.$id) ?? doc;
    if (linkChangesRelated(relation)) {
      // Appwrite keeps this link in the related document too, so linking or unlinking one needs update permission on it.
      const before = existing ? linkedIds(staged, collection.databaseId, relation, latest) : [];
      const changed = [...ids.filter((id) => !before.includes(id)), ...before.filter((id) => !ids.includes(id))];
      for (const id of changed) {
        if (createdHere.has(documentKey(collection.databaseId, related.$id, id))) continue;
        const target = staged.get(collection.databaseId, related.$id, id);
        if (target && !documentAllows(related, target, 'update', caller.roles)) unauthorized();
      }
    }
    setLinks(staged, collection.databaseId, relation, latest, ids);
  }
  const final = staged.get(doc.$databaseId, doc.$collectionId, doc.$id) ?? doc;
  if (existing) {
    // Like Appwrite's database: an update that changes nothing keeps the document (and its $updatedAt) and needs no permission.
    if (sameDocument(final, existing)) {
      staged.put(existing);
      return existing;
    }
    if (!documentAllows(collection, existing, 'update', caller.roles)) unauthorized();
  }
  return final;
}

function sameDocument(a: StoredDocument, b: StoredDocument): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('$updatedAt');
  for (const key of keys) if (JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null)) return false;
  return true;
}

function writeNested(
  request: WriteRequest,
  related: CollectionConfig,
  relation: Relation,
  item: Record<string, unknown>,
  parent: StoredDocument,
  level: number,
): string {
  const { caller, staged } = request;
  const requestedId = Object.hasOwn(item, '$id') ? item.$id : 'unique()';
  const documentId = requestedId === 'unique()' || requestedId === undefined || requestedId === null ? uniqueId() : resolveId(requestedId);
  if (!documentId) fail('general_argument_invalid', `Invalid \`$id\` of a related document in "${relation.key}".`);
  const data: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(item)) if (!key.startsWith('$')) data[key] = item[key];
  const requested = Object.hasOwn(item, '$permissions') ? item.$permissions : undefined;
  if (requested !== undefined && requested !== null && !Array.isArray(requested)) invalidRelationship('`$permissions` of a related document must be a list.');
  const permissions = Array.isArray(requested) ? resolvePermissions(requested, caller.roles, caller.user?.$id, DOCUMENT_ACTIONS) : undefined;
  const existing = staged.get(related.databaseId, related.$id, documentId);
  const backKey = relation.twoWay ? relation.twoWayKey : undefined;
  if (!existing) {
    if (!allows(related.$permissions, 'create', caller.roles)) unauthorized();
    // A nested document without its own permissions gets its parent's.
    writeDocument(request, { collection: related, documentId, data, permissions: permissions ?? [...parent.$permissions], existing: undefined, level, backKey });
    return documentId;
  }
  if (!documentAllows(related, existing, 'read', caller.roles)) unauthorized();
  // writeDocument needs update permission only when the related document really changes (Appwrite skips unchanged ones).
  if (Object.keys(data).length > 0 || permissions !== undefined) {
    writeDocument(request, { collection: related, documentId, data, permissions, existing, level, backKey });
  }
  return documentId;
}

function unauthorized(): never {
  return fail('user_unauthorized', 'The current user is not authorized to perform the requested action.');
}

/**
 * Creates a document with its nested related documents and links, all or nothing.
 *
 * @param ctx The emulator context.
 * @param caller The caller.
 * @param collection The collection.
 * @param documentId The new document's ID.
 * @param data The client's data object.
 * @param permissions The resolved permissions.
 * @param check A last check of the stored values before anything is written (unique indexes).
 *
 * @returns The stored document.
 */
export function createWithRelations(
  ctx: EmulatorContext,
  caller: Caller,
  collection: CollectionConfig,
  documentId: string,
  data: Record<string, unknown>,
  permissions: string[],
  check?: (values: Record<string, unknown>) => void,
): StoredDocument {
  const staged = new Staged(ctx);
  const doc = writeDocument({ ctx, caller, staged, created: new Set() }, { collection, documentId, data, permissions, existing: undefined, level: 0, backKey: undefined });
  check?.(doc);
  staged.commit();
  return doc;
}

/**
 * Updates a document, its nested related documents and links, all or nothing.
 *
 * @param ctx The emulator context.
 * @param caller The caller.
 * @param collection The collection.
 * @param existing The stored document.
 * @param data The client's data object (may be empty).
 * @param permissions New permissions, or undefined to keep them.
 * @param check A last check of the stored values before anything is written (unique indexes).
 *
 * @returns The stored document.
 */
export function updateWithRelations(
  ctx: EmulatorContext,
  caller: Caller,
  collection: CollectionConfig,
  existing: StoredDocument,
  data: Record<string, unknown>,
  permissions: string[] | undefined,
  check?: (values: Record<string, unknown>) => void,
): StoredDocument {
  const staged = new Staged(ctx);
  const doc = writeDocument({ ctx, caller, staged, created: new Set() }, { collection, documentId: existing.$id, data, permissions, existing, level: 0, backKey: undefined });
  check?.(doc);
  staged.commit();
  return doc;
}

/**
 * Deletes a document and applies each relationship's `onDelete`: `restrict` refuses while related
 * documents exist (from the parent side, and from the "one" end of a manyToOne; elsewhere it unlinks),
 * `cascade` deletes them too, `setNull` only unlinks. The "many" end's single pointer (a oneToMany
 * child, a manyToOne parent) never cascades: deleting it just unlinks.
 *
 * @param ctx The emulator context.
 * @param collection The collection.
 * @param doc The document.
 */
export function deleteWithRelations(ctx: EmulatorContext, collection: CollectionConfig, doc: StoredDocument): void {
  const staged = new Staged(ctx);
  deleteOne(ctx, staged, collection, doc, new Set<string>());
  staged.commit();
}

function deleteOne(ctx: EmulatorContext, staged: Staged, collection: CollectionConfig, doc: StoredDocument, visited: Set<string>): void {
  visited.add(documentKey(doc.$databaseId, doc.$collectionId, doc.$id));
  for (const relation of relationsOf(ctx.config.collections, collection)) {
    const current = staged.get(doc.$databaseId, doc.$collectionId, doc.$id) ?? doc;
    const ids = linkedIds(staged, collection.databaseId, relation, current);
    if (ids.length === 0) continue;
    const pointerOnly =
      (relation.relationType === 'oneToMany' && relation.side === 'child') || (relation.relationType === 'manyToOne' && relation.side === 'parent');
    // Appwrite's database restricts from the parent side (but not a manyToOne's own pointer) and from the "one" end of a manyToOne.
    const restricts = relation.side === 'parent' ? relation.relationType !== 'manyToOne' : relation.relationType === 'manyToOne';
    if (restricts && relation.onDelete === 'restrict') {
      fail('document_delete_restricted', 'Document cannot be deleted because it is referenced by another document.');
    }
    if (!pointerOnly && relation.onDelete === 'cascade' && relation.relationType !== 'manyToMany') {
      const related = relatedConfig(ctx, collection.databaseId, relation.relatedCollection);
      if (related) {
        for (const id of ids) {
          if (visited.has(documentKey(collection.databaseId, related.$id, id))) continue;
          const target = staged.get(collection.databaseId, related.$id, id);
          if (target) deleteOne(ctx, staged, related, target, visited);
        }
      }
    }
    if (relation.side === 'child') setLinks(staged, collection.databaseId, relation, current, []);
  }
  staged.delete(doc);
}

/** What a read needs: the documents and the caller. */
export interface ReadContext {
  ctx: EmulatorContext;
  caller: Caller;
  staged: Staged;
}

/**
 * Creates the state a response is built from.
 *
 * @param ctx The emulator context.
 * @param caller The caller.
 *
 * @returns The read context.
 */
export function readContext(ctx: EmulatorContext, caller: Caller): ReadContext {
  return { ctx, caller, staged: new Staged(ctx) };
}

/**
 * Creates the queryable form of a document: each relationship key holds the related ID (or IDs),
 * including the derived keys of the child side.
 *
 * @param read The read context.
 * @param collection The collection.
 * @param doc The stored document.
 *
 * @returns The document with plain relationship values.
 */
export function flattenDocument(read: ReadContext, collection: CollectionConfig, doc: StoredDocument): StoredDocument {
  const relations = relationsOf(read.ctx.config.collections, collection);
  if (relations.length === 0) return doc;
  const flat: StoredDocument = { ...doc };
  for (const relation of relations) {
    const ids = linkedIds(read.staged, collection.databaseId, relation, doc);
    const value = holdsMany(relation) ? ids : (ids[0] ?? null);
    Object.defineProperty(flat, relation.key, { value, enumerable: true, writable: true, configurable: true });
  }
  return flat;
}

/**
 * Creates the response form of a document: every relationship key present in `item` is replaced by the
 * related documents the caller may read (nested up to Appwrite's depth; the way back to the parent and
 * keys past the depth are left out).
 *
 * @param read The read context.
 * @param collection The collection.
 * @param item The document as selected (relationship keys hold IDs).
 * @param level How deep this document is nested (0 at the top).
 * @param path The relationship sides followed to get here.
 *
 * @returns The document with related documents resolved.
 */
export function presentDocument(read: ReadContext, collection: CollectionConfig, item: StoredDocument, level = 0, path: readonly Relation[] = []): StoredDocument {
  const relations = relationsOf(read.ctx.config.collections, collection);
  if (relations.length === 0) return item;
  const source = read.staged.get(item.$databaseId ?? collection.databaseId, collection.$id, item.$id);
  const entries: Array<[string, unknown]> = [];
  const relationByKey = new Map(relations.map((relation) => [relation.key, relation]));
  for (const [key, value] of Object.entries(item)) {
    const relation = relationByKey.get(key);
    if (!relation) {
      entries.push([key, value]);
      continue;
    }
    const back = path.some((seen) => seen.parentCollection === relation.parentCollection && seen.parentKey === relation.parentKey);
    if (level >= MAX_READ_LEVEL || back || !source) continue;
    const related = relatedConfig(read.ctx, collection.databaseId, relation.relatedCollection);
    if (!related) continue;
    const docs = linkedIds(read.staged, collection.databaseId, relation, source)
      .map((id) => read.staged.get(collection.databaseId, related.$id, id))
      .filter((doc): doc is StoredDocument => doc !== undefined && documentAllows(related, doc, 'read', read.caller.roles))
      .map((doc) => presentDocument(read, related, flattenDocument(read, related, doc), level + 1, [...path, relation]));
    entries.push([key, holdsMany(relation) ? docs : (docs[0] ?? null)]);
  }
  return Object.fromEntries(entries) as StoredDocument;
}

/**
 * Creates the queries the engine runs from the client's: a select of `library.*` or `library.name`
 * selects the relationship `library`; a filter on a nested attribute, or on a side that holds a list,
 * is refused as Appwrite does.
 *
 * @param collection The collection (with relationship attributes).
 * @param queries The parsed queries.
 *
 * @returns The queries to run.
 */
export function prepareQueries(collection: CollectionConfig, queries: readonly ParsedQuery[]): ParsedQuery[] {
  const relationships = (collection.attributes ?? []).filter(isRelationshipAttribute);
  const relationKeys = new Set(relationships.map((attribute) => attribute.key));
  // Sides that hold a list have no stored value to compare in Appwrite's database, so it refuses to filter on them.
  const virtual = new Set(
    relationships
      .filter((attribute) => {
        const type = attribute.relationType;
        return type === 'manyToMany' || (attribute.side === 'child' ? type === 'manyToOne' : type === 'oneToMany');
      })
      .map((attribute) => attribute.key),
  );
  const checkFilter = (query: ParsedQuery): void => {
    if (query.method === 'and' || query.method === 'or') {
      for (const inner of query.values as ParsedQuery[]) checkFilter(inner);
      return;
    }
    if (virtual.has(query.attribute)) fail('general_query_invalid', 'Invalid query: Cannot query on virtual relationship attribute');
    const dot = query.attribute.indexOf('.');
    if (dot > 0 && relationKeys.has(query.attribute.slice(0, dot))) {
      fail('general_query_invalid', `Invalid query: Cannot query nested attribute on: ${query.attribute.slice(0, dot)}`);
    }
  };
  return queries.map((query) => {
    if (query.method !== 'select') {
      checkFilter(query);
      return query;
    }
    const values = query.values.map((value) => {
      if (typeof value !== 'string') return value;
      const dot = value.indexOf('.');
      return dot > 0 && relationKeys.has(value.slice(0, dot)) ? value.slice(0, dot) : value;
    });
    return { ...query, values: [...new Set(values)] };
  });
}

/**
 * Creates the reason Appwrite would refuse to add a relationship attribute to a collection (its
 * create-relationship-attribute checks): a relationship key used twice, a counterpart key already used
 * towards the same collection, or a second many-to-many towards the same collection.
 *
 * @param collections Every collection of the project.
 * @param collection The collection getting the attribute.
 * @param attribute The new relationship attribute.
 *
 * @returns The error message, or undefined when the attribute may be added.
 */
export function relationshipDeclarationError(collections: readonly CollectionConfig[], collection: CollectionConfig, attribute: AttributeConfig): string | undefined {
  const added = parentRelation(collection, attribute);
  if (!added) return 'Invalid relationship: relatedCollection and relationType (oneToOne, oneToMany, manyToOne, manyToMany) are required.';
  const taken = 'Attribute with the requested key already exists. Attribute keys must be unique, try again with a different key.';
  for (const existing of relationsOf(collections, collection)) {
    if (existing.key.toLowerCase() === added.key.toLowerCase()) return taken;
    if (existing.twoWayKey.toLowerCase() === added.twoWayKey.toLowerCase() && existing.relatedCollection === added.relatedCollection) return taken;
    if (added.relationType === 'manyToMany' && existing.relationType === 'manyToMany' && existing.relatedCollection === added.relatedCollection) {
      return 'Creating more than one "manyToMany" relationship on the same collection is currently not permitted.';
    }
  }
  return undefined;
}
