// Every export: an app that re-exports every service package whole (operations, aliases, URL
// builders, enum objects and helpers). Ours only: the official SDK has no counterpart to it.
export { createClient } from '@aw/core';
export * from '@aw/account';
export * from '@aw/avatars';
export * from '@aw/databases';
export * from '@aw/functions';
export * from '@aw/graphql';
export * from '@aw/locale';
export * from '@aw/messaging';
export * from '@aw/storage';
export * from '@aw/teams';
