// The reference site's entry for @aw/core (see typedoc.json beside package.json): everything the
// package entry exports, but with the Query, ID, Permission and Role builders as namespaces, so each
// builder keeps its own page. The runtime entry exports them as plain objects instead, and apps that
// care about size import the subpaths (`@aw/core/query`), which tree-shake.
export * from './index.ts';
export * as ID from './id/index.ts';
export * as Permission from './permission/index.ts';
export * as Query from './query/index.ts';
export * as Role from './role/index.ts';
