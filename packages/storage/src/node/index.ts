/**
 * Node-only helpers of `@aw/storage`: uploads from a file path. Import them from
 * `@aw/storage/node`, so browser bundles never see `node:fs`.
 *
 * @packageDocumentation
 */
export { createFileFromPath, type CreateFileFromPathParams } from './createFileFromPath.ts';
