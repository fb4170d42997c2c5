// Every operation: an app that imports all of them (every service package, whole).
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
