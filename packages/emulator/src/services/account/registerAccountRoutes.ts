import type { Hono } from 'hono';
import type { EmulatorContext } from '../../server/context.ts';
import { registerMfaRoutes } from './mfaRoutes.ts';
import { registerProfileRoutes } from './profileRoutes.ts';
import { registerSessionRoutes } from './sessionRoutes.ts';
import { registerTargetRoutes } from './targetRoutes.ts';
import { registerTokenRoutes } from './tokenRoutes.ts';

/**
 * Registers all 47 account operations.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerAccountRoutes(app: Hono, ctx: EmulatorContext): void {
  registerProfileRoutes(app, ctx);
  registerSessionRoutes(app, ctx);
  registerTokenRoutes(app, ctx);
  registerMfaRoutes(app, ctx);
  registerTargetRoutes(app, ctx);
}
