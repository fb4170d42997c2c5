// The reference site documents this entry as the package itself, and @aw/emulator/vitest as a module
// of the package (both are listed in typedoc.json beside package.json).
/**
 * @packageDocumentation
 * @mergeModuleWith <project>
 */
export { startEmulator } from './startEmulator.ts';
export type { EmulatorOptions, RunningEmulator } from './startEmulator.ts';
export { loadConfig, DEFAULT_PROJECT_ID } from './config/loadConfig.ts';
export type * from './config/types.ts';
export type { OutboxMessage, Outbox } from './outbox/Outbox.ts';
export type { EmulatorEvent, EventBus, EventListener } from './events/EventBus.ts';
export type { EmulatorContext, Caller, CoreTables, UpgradeHandler } from './server/context.ts';
export type { ApiKey } from './auth/apiKeys.ts';
export { defineRoute } from './server/defineRoute.ts';
export type { RouteHandler, RouteRequest, RouteOptions } from './server/defineRoute.ts';
export { AppwriteException, fail } from './errors/AppwriteException.ts';
export { Store } from './store/Store.ts';
export type { Table } from './store/Store.ts';
export { DataFolderLockedError, StoreWriteError } from './store/Store.ts';
export { createClock, type Clock, type ClockInput } from './clock/Clock.ts';
export { FixtureError } from './testing/fixture.ts';
export type { Fixture, SeedDocument, SeedFile, SeedMember, SeedTeam, SeedUser } from './testing/fixture.ts';
export type { TestingControls } from './testing/testingControls.ts';
export { readLink, readSecret, type MessageSecret } from './testing/readMessage.ts';
export { SnapshotError, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type SnapshotDocument } from './snapshot/snapshotFile.ts';
export type { NextMessageFilter } from './outbox/Outbox.ts';
// For tools and tests that change `context.config` at run time: a collection as Appwrite's API lists it
// (two-way relationship counterparts included), and the check a new relationship attribute must pass.
export { effectiveCollection as describeCollection, relationshipDeclarationError } from './services/databases/relationships.ts';
