export * from './generated/index.ts';
export { getFileDownloadStream, type FileStreamParams } from './extras/getFileDownloadStream.ts';
export { getFileViewStream } from './extras/getFileViewStream.ts';
