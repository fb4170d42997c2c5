export * from './generated/index.ts';
export * from './extras/documentData/index.ts';
