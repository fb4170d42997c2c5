import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import sharp from 'sharp';
import { fail } from '../../errors/AppwriteException.ts';
import type { Caller, EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { resolveId } from '../../util/ids.ts';
import { isoNow } from '../../util/time.ts';
import { listParam } from '../databases/listParam.ts';
import { allows } from '../databases/permissions/allows.ts';
import { checkPermissionFormat, resolvePermissions } from '../databases/permissions/resolvePermissions.ts';
import { matchSearch } from '../databases/query/matchSearch.ts';
import { parseQueries } from '../databases/query/parseQueries.ts';
import { fixedQuerySchema } from '../databases/query/querySchema.ts';
import { runQueries } from '../databases/query/runQueries.ts';
import { eventNames } from '../realtime/eventNames.ts';
import { bytesResponse } from './bytesResponse.ts';
import { parseContentRange, placeChunk } from './contentRange.ts';
import { detectMimeType } from './detectMimeType.ts';
import { fileAllows, fileReadRoles } from './fileAccess.ts';
import { deleteFileBytes, putChunk, readFileBytes } from './fileBytes.ts';
import { findBucket } from './findBucket.ts';
import { previewOptions } from './previewOptions.ts';
import { renderPreview } from './renderPreview.ts';
import { INERT_CONTENT_HEADERS, VIEWABLE_TYPES } from './viewableTypes.ts';
import { FILE_MODEL_KEYS, type BucketConfig, type StoredFile } from './types.ts';

const TABLE = 'storage_files';
const FILE_ACTIONS = ['read', 'update', 'delete', 'write'];
const FILE_QUERY_SCHEMA = /* @__PURE__ */ fixedQuerySchema(
  [
    { key: 'name', type: 'string' },
    { key: 'signature', type: 'string' },
    { key: 'mimeType', type: 'string' },
    { key: 'sizeOriginal', type: 'integer' },
    { key: 'chunksTotal', type: 'integer' },
    { key: 'chunksUploaded', type: 'integer' },
  ],
  ['name'],
  'File',
);

/** A stored file with the emulator's bookkeeping of which chunk offsets arrived. */
interface FileRecord extends StoredFile {
  /** Byte offsets of the stored chunks. */
  chunkStarts: number[];
  /** Who started the upload (user ID, empty for a guest); only they may send further chunks. */
  uploaderId?: string;
}

// Chunks of one file are handled one at a time, so two arriving together cannot lose each other's bookkeeping.
const uploadQueues = new Map<string, Promise<unknown>>();

function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = uploadQueues.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const settled = run.then(() => undefined, () => undefined);
  uploadQueues.set(key, settled);
  void settled.then(() => {
    if (uploadQueues.get(key) === settled) uploadQueues.delete(key);
  });
  return run;
}

function toModel(file: FileRecord): StoredFile {
  return Object.fromEntries(FILE_MODEL_KEYS.map((key) => [key, file[key]])) as unknown as StoredFile;
}

function unauthorized(): never {
  return fail('user_unauthorized', 'The current user is not authorized to perform the requested action.');
}

function publish(ctx: EmulatorContext, bucket: BucketConfig, file: FileRecord, action: string): void {
  ctx.events.publish({
    events: eventNames([['buckets', bucket.$id], ['files', file.$id]], action),
    channels: ['files', `buckets.${bucket.$id}.files`, `buckets.${bucket.$id}.files.${file.$id}`],
    payload: toModel(file),
    readRoles: fileReadRoles(bucket, file),
  });
}

function readableFile(ctx: EmulatorContext, caller: Caller, params: Record<string, unknown>, action: 'read' | 'update' | 'delete' = 'read') {
  const bucket = findBucket(ctx, params.bucketId);
  // As in Appwrite: without file security the bucket alone decides (401); with it, an unreadable file is
  // reported missing when reading (404) and refused when changing (401).
  if (!bucket.fileSecurity && !allows(bucket.$permissions, action, caller.roles)) unauthorized();
  const table = ctx.store.table<FileRecord>(TABLE);
  const file = table.get(`${bucket.$id}/${String(params.fileId)}`);
  if (!file || (action === 'read' && !fileAllows(bucket, file, 'read', caller.roles))) fail('storage_file_not_found', `File '${String(params.fileId)}' was not found.`);
  return { bucket, table, file };
}

function completeBytes(ctx: EmulatorContext, bucket: BucketConfig, file: FileRecord): Buffer {
  if (file.chunksUploaded < file.chunksTotal) fail('storage_file_not_found', `File '${file.$id}' is still being uploaded.`);
  return readFileBytes(ctx, bucket.$id, file.$id, file.chunkStarts);
}

function disposition(kind: 'attachment' | 'inline', name: string): string {
  return `${kind}; filename="${name.replace(/["\\\r\n]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}


/**
 * Registers the eight file operations of the storage service.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerStorageRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'storageListFiles', ({ caller, params }) => {
    const bucket = findBucket(ctx, params.bucketId);
    const bucketRead = allows(bucket.$permissions, 'read', caller.roles);
    if (!bucketRead && !bucket.fileSecurity) unauthorized();
    const queries = parseQueries(listParam(params, 'queries'));
    const search = typeof params.search === 'string' && params.search.trim() !== '' ? matchSearch(params.search) : undefined;
    const readable = ctx.store
      .table<FileRecord>(TABLE)
      .filter((file) => file.bucketId === bucket.$id)
      .filter((file) => bucketRead || fileAllows(bucket, file, 'read', caller.roles))
      .filter((file) => !search || search(`${file.$id} ${file.name}`));
    const result = runQueries(readable, queries, FILE_QUERY_SCHEMA);
    return { total: result.total, files: result.items.map(toModel) };
  });

  defineRoute(app, ctx, 'storageGetFile', ({ caller, params }) => toModel(readableFile(ctx, caller, params).file));

  defineRoute(app, ctx, 'storageCreateFile', async ({ c, caller, params }) => {
    // Parameter formats are checked before anything else, as Appwrite's validators run before the action,
    // in its order: a body without fields (e.g. a FormData an old fetch sent as "[object FormData]") lacks `fileId` first.
    if (params.fileId === undefined || params.fileId === '') fail('general_argument_invalid', 'Param "fileId" is not optional.');
    checkPermissionFormat(listParam(params, 'permissions'), FILE_ACTIONS);
    const bucket = findBucket(ctx, params.bucketId);
    if (!allows(bucket.$permissions, 'create', caller.roles)) unauthorized();
    const upload = params.file;
    if (!(upload instanceof Blob)) fail('storage_file_empty', 'No file was sent; send it in the `file` form field.');
    const name = (upload as File).name || 'blob';
    const bytes = new Uint8Array(await upload.arrayBuffer());

    const rangeHeader = c.req.header('content-range');
    const position = rangeHeader ? parseContentRange(rangeHeader) : undefined;
    const headerId = position ? c.req.header('x-appwrite-id') : undefined;
    const fileId = headerId ?? resolveId(params.fileId);
    if (headerId !== undefined && resolveId(headerId) !== headerId) fail('storage_invalid_appwrite_id', 'The x-appwrite-id header is not a valid file ID.');
    if (!fileId) fail('general_argument_invalid', 'Invalid `fileId` param: use up to 36 letters, digits, periods, hyphens or underscores, not starting with a special character, or unique().');

    const size = position?.total ?? bytes.length;
    if (bytes.length === 0 || size === 0) fail('storage_file_empty', 'The file is empty.');
    if (position && bytes.length !== position.end - position.start + 1) {
      fail('storage_invalid_content_range', 'The chunk size does not match its content-range header.');
    }
    const slot = position ? placeChunk(position) : { index: 0, count: 1 };
    // Appwrite checks the extension before the size, with these messages.
    const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
    const allowed = (bucket.allowedFileExtensions ?? []).map((item) => item.toLowerCase());
    if (allowed.length > 0 && !allowed.includes(extension)) fail('storage_file_type_unsupported', 'File extension not allowed');
    if (bucket.maximumFileSize && size > bucket.maximumFileSize) fail('storage_invalid_file_size', 'File size not allowed');

    const table = ctx.store.table<FileRecord>(TABLE);
    const key = `${bucket.$id}/${fileId}`;
    // An upload started with a key belongs to no user or guest (no id can start with a colon); a key, which
    // Appwrite lets past permissions, may continue any upload.
    const uploaderId = caller.key ? ':server' : (caller.user?.$id ?? '');
    return oneAtATime(key, async () => {
      const existing = table.get(key);
      if (existing && existing.chunksUploaded >= existing.chunksTotal) fail('storage_file_already_exists', `A file with ID '${fileId}' already exists in this bucket.`);
      // A partial file belongs to whoever started it. Appwrite looks the file up with the caller's
      // permissions and, not finding it, fails to create a second one with the same ID: 409.
      if (existing && existing.uploaderId !== undefined && !caller.key && existing.uploaderId !== uploaderId) {
        fail('document_already_exists', 'Document with the requested ID already exists. Try again with a different ID or use ID.unique() to generate a unique ID.');
      }
      if (existing && existing.sizeOriginal !== size) fail('storage_invalid_content_range', 'The content-range total differs from the size of the upload in progress.');

      const start = position?.start ?? 0;
      const chunksTotal = slot.count;
      putChunk(ctx, bucket.$id, fileId, start, bytes);
      const now = isoNow();
      const chunkStarts = [...new Set([...(existing?.chunkStarts ?? []), start])].sort((a, b) => a - b);
      const record: FileRecord = {
        $id: fileId,
        bucketId: bucket.$id,
        $createdAt: existing?.$createdAt ?? now,
        $updatedAt: now,
        $permissions: existing?.$permissions ?? resolvePermissions(listParam(params, 'permissions'), caller.roles, caller.user?.$id, FILE_ACTIONS),
        name: existing?.name ?? name,
        signature: '',
        mimeType: existing?.mimeType || (start === 0 ? await detectMimeType(bytes, name) : ''),
        sizeOriginal: size,
        chunksTotal,
        chunksUploaded: Math.min(chunkStarts.length, chunksTotal),
        chunkStarts,
        uploaderId: existing?.uploaderId ?? uploaderId,
      };
      if (record.chunksUploaded === record.chunksTotal) {
        const content = readFileBytes(ctx, bucket.$id, fileId, chunkStarts);
        if (content.length !== size) fail('storage_invalid_content_range', 'The chunks do not add up to the announced size.');
        record.signature = createHash('md5').update(content).digest('hex');
        record.mimeType = await detectMimeType(content, record.name);
      }
      table.put(key, record);
      if (record.chunksUploaded === record.chunksTotal) publish(ctx, bucket, record, 'create');
      return toModel(record);
    });
  });

  defineRoute(app, ctx, 'storageUpdateFile', ({ caller, params }) => {
    const { bucket, table, file } = readableFile(ctx, caller, params, 'update');
    if (!fileAllows(bucket, file, 'update', caller.roles)) unauthorized();
    const requested = listParam(params, 'permissions');
    const name = typeof params.name === 'string' && params.name !== '' ? params.name : file.name;
    if (name.length > 255) fail('general_argument_invalid', 'Invalid `name` param: use at most 255 characters.');
    const updated: FileRecord = {
      ...file,
      name,
      $permissions: requested === undefined ? file.$permissions : resolvePermissions(requested, caller.roles, caller.user?.$id, FILE_ACTIONS),
      $updatedAt: isoNow(),
    };
    table.put(`${bucket.$id}/${file.$id}`, updated);
    publish(ctx, bucket, updated, 'update');
    return toModel(updated);
  });

  defineRoute(app, ctx, 'storageDeleteFile', ({ caller, params }) => {
    const { bucket, table, file } = readableFile(ctx, caller, params, 'delete');
    if (!fileAllows(bucket, file, 'delete', caller.roles)) unauthorized();
    table.delete(`${bucket.$id}/${file.$id}`);
    deleteFileBytes(ctx, bucket.$id, file.$id, file.chunkStarts);
    publish(ctx, bucket, file, 'delete');
    return null;
  });

  defineRoute(app, ctx, 'storageGetFileDownload', ({ c, caller, params }) => {
    const { bucket, file } = readableFile(ctx, caller, params);
    return bytesResponse(c, completeBytes(ctx, bucket, file), {
      'Content-Type': file.mimeType || 'application/octet-stream',
      // Appwrite's download header carries the plain file name only.
      'Content-Disposition': `attachment; filename="${file.name.replace(/["\\\r\n]/g, '_')}"`,
      'Cache-Control': 'private, max-age=3888000',
      ...INERT_CONTENT_HEADERS,
    });
  });

  defineRoute(app, ctx, 'storageGetFileView', ({ c, caller, params }) => {
    const { bucket, file } = readableFile(ctx, caller, params);
    // Like Appwrite, only listed media and document types are shown as themselves; SVG, XML, HTML and the rest as text.
    const type = VIEWABLE_TYPES.has(file.mimeType) ? file.mimeType : 'text/plain';
    return bytesResponse(c, completeBytes(ctx, bucket, file), {
      'Content-Type': type,
      'Content-Disposition': disposition('inline', file.name),
      'Cache-Control': 'private, max-age=3888000',
      ...INERT_CONTENT_HEADERS,
    });
  });

  defineRoute(app, ctx, 'storageGetFilePreview', async ({ c, caller, params }) => {
    const options = previewOptions(params);
    const { bucket, file } = readableFile(ctx, caller, params);
    const bytes = completeBytes(ctx, bucket, file);
    const rendered = file.mimeType.startsWith('image/') ? await renderPreview(bytes, options) : undefined;
    // Files that are no image get a neutral placeholder tile, as Appwrite shows a file-type icon.
    const preview = rendered ?? (await renderPreview(await placeholder(), options));
    if (!preview) fail('storage_file_type_unsupported', 'This file cannot be previewed.');
    return c.body(new Uint8Array(preview.bytes), 200, { 'Content-Type': preview.mimeType, 'Cache-Control': 'private, max-age=2592000' });
  });
}

function placeholder(): Promise<Buffer> {
  return sharp({ create: { width: 150, height: 150, channels: 4, background: { r: 230, g: 232, b: 236, alpha: 1 } } }).png().toBuffer();
}
