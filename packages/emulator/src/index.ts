export { startEmulator } from './startEmulator.ts';
export type { EmulatorOptions, RunningEmulator } from './startEmulator.ts';
export { loadConfig, DEFAULT_PROJECT_ID } from './config/loadConfig.ts';
export type * from './config/types.ts';
export type { OutboxMessage, Outbox } from './outbox/Outbox.ts';
export type { EmulatorEvent, EventBus, EventListener } from './events/EventBus.ts';
export type { EmulatorContext, Caller, CoreTables, UpgradeHandler } from './server/context.ts';
export { defineRoute } from './server/defineRoute.ts';
export type { RouteHandler, RouteRequest, RouteOptions } from './server/defineRoute.ts';
export { AppwriteException, fail } from './errors/AppwriteException.ts';
export { Store } from './store/Store.ts';
export type { Table } from './store/Store.ts';
export { DataFolderLockedError, StoreWriteError } from './store/Store.ts';
// For routes added with defineRoute and for tests: Appwrite-shaped models of stored records, and
// one-time login tokens (what Appwrite's server API `users.createToken` hands out).
export { toUserModel } from './models/userModel.ts';
export { toTokenModel } from './models/tokenModel.ts';
export { issueToken } from './services/account/accountSupport.ts';
// For tools and tests that change `context.config` at run time: a collection as Appwrite's API lists it
// (two-way relationship counterparts included), and the check a new relationship attribute must pass.
export { effectiveCollection as describeCollection, relationshipDeclarationError } from './services/databases/relationships.ts';
