/**
 * Building blocks for the generated service packages. Not a stable public API.
 *
 * @packageDocumentation
 * @internal
 */
export { buildUrl } from './request/buildUrl.ts';
export { request } from './request/request.ts';
export type { HttpMethod, Operation } from './request/types.ts';
export { _encodePath } from './request/encodePath.ts';
export { _flattenParams } from './request/flattenParams.ts';
export { _formBody } from './request/formBody.ts';
export { _validateDocuments } from './request/validateDocuments.ts';
export { _collectionParams } from './collection/collectionParams.ts';
export { upload, type UploadInput, type UploadOptions, type UploadProgress, type UploadSource } from './upload/upload.ts';
export { CHUNK_SIZE, chunkRanges, contentRange, type ChunkRange } from './upload/chunkRanges.ts';
export { _customIdSchema, _hexColorSchema, _idSchema, _phoneSchema } from './generated/paramSchemas.ts';
