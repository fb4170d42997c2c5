import type { Hono } from 'hono';
import type { EmulatorContext } from '../server/context.ts';
import { registerAccountRoutes } from './account/registerAccountRoutes.ts';
import { registerDatabasesRoutes } from './databases/registerDatabasesRoutes.ts';
import { registerStorageRoutes } from './storage/registerStorageRoutes.ts';
import { registerFunctionsRoutes } from './functions/registerFunctionsRoutes.ts';
import { registerRealtimeRoutes } from './realtime/registerRealtimeRoutes.ts';
import { registerGraphqlRoutes } from './graphql/registerGraphqlRoutes.ts';
import { registerAvatarsRoutes } from './avatars/registerAvatarsRoutes.ts';
import { registerEmulatorRoutes } from './emulator/registerEmulatorRoutes.ts';
import { registerLocaleRoutes } from './locale/registerLocaleRoutes.ts';
import { registerMessagingRoutes } from './messaging/registerMessagingRoutes.ts';
import { registerTeamsRoutes } from './teams/registerTeamsRoutes.ts';
import { registerUsersRoutes } from './users/registerUsersRoutes.ts';

/**
 * Registers every service on the app. Each service folder exports one
 * `register<Service>Routes(app, ctx)`; add new services here (see CONTRACT.md).
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerAllRoutes(app: Hono, ctx: EmulatorContext): void {
  registerEmulatorRoutes(app, ctx);
  // part 1
  registerAccountRoutes(app, ctx);
  registerTeamsRoutes(app, ctx);
  registerLocaleRoutes(app, ctx);
  registerAvatarsRoutes(app, ctx);
  registerMessagingRoutes(app, ctx);
  // part 2 (databases, storage, functions, graphql, realtime): add one line per service below.
  registerDatabasesRoutes(app, ctx);
  registerStorageRoutes(app, ctx);
  registerFunctionsRoutes(app, ctx);
  registerGraphqlRoutes(app, ctx);
  registerRealtimeRoutes(app, ctx);
  // Server API (needs an API key).
  registerUsersRoutes(app, ctx);
}
