import { describeCollection, relationshipDeclarationError, type RunningEmulator } from '@aw/emulator';

type Context = RunningEmulator['context'];
type Collection = Context['config']['collections'][number];

/**
 * adapted: the server-API (API key) schema calls of the relationship tests — create a database or collection, update a collection, add string and
 * relationship attributes, read, update and delete attributes — applied to the emulator's project config, the way
 * `appwrite.json` declares them. The attribute answers come from the emulator's own view of the collection
 * (`describeCollection`, two-way counterparts included), so what the tests assert about them is the emulator's behaviour.
 *
 * @param context The emulator context.
 * @param method The HTTP method.
 * @param path The path below /v1.
 * @param params The parameters.
 *
 * @returns The status and body, or undefined when the call is not a schema call.
 */
export function databaseSchemaApi(context: Context, method: string, path: string, params: any): { status: number; body: unknown } | undefined {
  const { config } = context;
  const missing = (type: string) => ({ status: 404, body: { type, code: 404, message: `${type} (emulated server API)` } });
  if (path === '/databases' && method === 'POST') {
    const $id = params.databaseId === 'unique()' ? `d${Date.now().toString(16)}${Math.random().toString(16).slice(2, 8)}` : String(params.databaseId);
    const database = { $id, name: String(params.name), enabled: params.enabled ?? true };
    config.databases.push(database);
    return { status: 201, body: { ...database, $createdAt: new Date().toISOString(), $updatedAt: new Date().toISOString() } };
  }
  const collections = /^\/databases\/([^/]+)\/collections$/.exec(path);
  if (collections && method === 'POST') {
    const $id = params.collectionId === 'unique()' ? `c${Date.now().toString(16)}${Math.random().toString(16).slice(2, 8)}` : String(params.collectionId);
    const collection: Collection = {
      $id, databaseId: collections[1]!, name: String(params.name), $permissions: [...(params.permissions ?? [])],
      documentSecurity: Boolean(params.documentSecurity), enabled: params.enabled ?? true, attributes: [], indexes: [],
    };
    config.collections.push(collection);
    return { status: 201, body: { ...collection, $createdAt: new Date().toISOString(), $updatedAt: new Date().toISOString() } };
  }
  const match = /^\/databases\/([^/]+)\/collections\/([^/]+)(?:\/attributes(?:\/([^/]+))?(?:\/(relationship))?)?$/.exec(path);
  if (!match) return undefined;
  const [, databaseId, collectionId, attributeKey, relationshipSuffix] = match;
  const collection = config.collections.find((c) => c.databaseId === databaseId && c.$id === collectionId);
  if (!collection) return missing('collection_not_found');
  const view = () => describeCollection(config.collections, collection);
  const attributeOf = (name: string) => view().attributes!.find((a) => a.key === name);
  const isAttributes = path.includes('/attributes');
  if (!isAttributes && method === 'GET') return { status: 200, body: view() };
  if (!isAttributes && method === 'PUT') {
    collection.name = String(params.name ?? collection.name);
    if (params.permissions !== undefined) collection.$permissions = [...params.permissions];
    if (params.documentSecurity !== undefined) collection.documentSecurity = Boolean(params.documentSecurity);
    if (params.enabled !== undefined) collection.enabled = Boolean(params.enabled);
    return { status: 200, body: view() };
  }
  if (!attributeKey && method === 'GET') return { status: 200, body: { total: view().attributes!.length, attributes: view().attributes } };
  if (attributeKey === 'string' && method === 'POST') {
    const attribute = { key: String(params.key), type: 'string', size: Number(params.size), required: Boolean(params.required), array: Boolean(params.array ?? false), default: params.default ?? null };
    (collection.attributes ??= []).push(attribute);
    return { status: 202, body: { ...attribute, status: 'processing' } };
  }
  if (attributeKey === 'relationship' && method === 'POST') {
    const attribute = {
      key: String(params.key ?? params.relatedCollectionId), type: 'relationship', required: false, array: false,
      relatedCollection: String(params.relatedCollectionId), relationType: String(params.type), twoWay: Boolean(params.twoWay ?? false),
      ...(params.twoWayKey ? { twoWayKey: String(params.twoWayKey) } : {}), onDelete: String(params.onDelete ?? 'restrict'), side: 'parent',
    };
    const refused = relationshipDeclarationError(config.collections, collection, attribute);
    if (refused) return { status: 409, body: { type: 'attribute_already_exists', code: 409, message: refused } };
    (collection.attributes ??= []).push(attribute);
    return { status: 202, body: { ...attributeOf(attribute.key), status: 'processing' } };
  }
  if (!attributeKey) return undefined;
  const listed = attributeOf(attributeKey);
  const child = listed?.type === 'relationship' && listed.side === 'child';
  // The declaration that owns the attribute: the parent's relationship attribute for either side of a relationship
  // (a child side names the parent's collection as its related collection and the parent's key as its two-way key).
  const owner = child ? config.collections.find((c) => c.databaseId === databaseId && c.$id === listed.relatedCollection) : collection;
  const ownerKey = child ? String(listed.twoWayKey) : attributeKey;
  const declared = owner?.attributes?.find((a) => a.key === ownerKey);
  if (method === 'GET' && !relationshipSuffix) {
    return listed ? { status: 200, body: listed } : missing('attribute_not_found');
  }
  if (!declared || !owner) return missing('attribute_not_found');
  if (method === 'PATCH' && relationshipSuffix) {
    if (params.onDelete !== undefined) declared.onDelete = String(params.onDelete);
    return { status: 200, body: attributeOf(attributeKey) };
  }
  if (method === 'DELETE' && !relationshipSuffix) {
    owner.attributes = owner.attributes!.filter((a) => a !== declared);
    // Appwrite drops the column, so stored values of the attribute go with it.
    const table = context.store.table<Record<string, unknown>>('db_documents');
    for (const doc of table.filter((d) => d.$databaseId === databaseId && d.$collectionId === owner.$id && Object.hasOwn(d, ownerKey))) {
      const { [ownerKey]: _dropped, ...rest } = doc;
      table.put(`${databaseId}/${owner.$id}/${String(doc.$id)}`, rest);
    }
    return { status: 204, body: '' };
  }
  return undefined;
}
