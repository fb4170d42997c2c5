// The reference site documents this entry as the package itself, and @aw/storage/node as a module of
// the package (both are listed in typedoc.json beside package.json).
/**
 * @packageDocumentation
 * @mergeModuleWith <project>
 */
export * from './generated/index.ts';
export { getFileDownloadStream, type FileStreamParams } from './extras/getFileDownloadStream.ts';
export { getFileViewStream } from './extras/getFileViewStream.ts';
