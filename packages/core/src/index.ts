export { createClient } from './client/createClient.ts';
export { withJwt, withLocale, withOptions, withSession } from './client/deriveClient.ts';
export type { Client, ClientConfig, ResponseValidators, RetryOptions } from './client/types.ts';
export { memoryCookieStorage, type CookieStorage } from './cookies/CookieStorage.ts';
export {
  AppwriteError,
  AwError,
  AwNetworkError,
  AwTimeoutError,
  AwValidationError,
  isAppwriteError,
  type AppwriteErrorInit,
} from './errors/errors.ts';
export type { AppwriteErrorType } from './generated/errorTypes.ts';
export type { UploadInput, UploadOptions, UploadProgress, UploadSource } from './upload/upload.ts';
export type { AwPromise, DocumentRequestOptions, RawResponse, RequestOptions } from './request/types.ts';
export type {
  AttributeKind,
  CollectionDocument,
  CollectionSchemas,
  CollectionTypes,
  CreateDataOf,
  DocumentFilter,
  DocumentListQuery,
  DocumentSelectQuery,
  ListQueryOf,
  PatchDataOf,
  SelectQueryOf,
  TypedCollection,
} from './collection/types.ts';
// These bring every builder of their kind into a bundle; apps that care about size import the
// subpaths instead (`import * as Query from '@aw/core/query'`), which tree-shake.
export { ID, Permission, Query, Role } from './namespaces.ts';
export type { QueryString, QueryValue, TypedQuery } from './query/query.ts';
export { paginate, type ListOperation, type PageItem, type PaginatedItem, type PaginateOptions } from './paginate/index.ts';
