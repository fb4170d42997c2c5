export * from './testServer.ts';
