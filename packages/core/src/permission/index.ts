export * from './permission.ts';
