import type { Hono } from 'hono';
import type { EmulatorContext } from '../../server/context.ts';
import { registerUserAuthRoutes, registerUserIdentityRoutes } from './userAuthRoutes.ts';
import { registerUserCreateRoutes } from './userCreateRoutes.ts';
import { registerUserProfileRoutes } from './userProfileRoutes.ts';

/**
 * Registers the users service of Appwrite 1.5's server API. Every route needs a `users.read` or
 * `users.write` key (`targets.*` for targets); a session never reaches them.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerUsersRoutes(app: Hono, ctx: EmulatorContext): void {
  // Static paths (/users/identities, /users/md5 …) before /users/{userId}.
  registerUserIdentityRoutes(app, ctx);
  registerUserCreateRoutes(app, ctx);
  registerUserProfileRoutes(app, ctx);
  registerUserAuthRoutes(app, ctx);
}
