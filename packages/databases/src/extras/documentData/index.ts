export * from './documentData.ts';
