import type { Hono } from 'hono';
import type { EmulatorContext } from '../../server/context.ts';

/**
 * Registers the emulator-only endpoints under `/v1/__emulator`: the outbox
 * (`GET` lists, `DELETE` clears; filter with `?to=` and `?kind=`) and a health check.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerEmulatorRoutes(app: Hono, ctx: EmulatorContext): void {
  app.get('/v1/__emulator/health', (c) => c.json({ status: 'pass', projectId: ctx.projectId }));
  app.get('/v1/__emulator/outbox', (c) => {
    const to = c.req.query('to');
    const kind = c.req.query('kind');
    const messages = ctx.outbox.list({ ...(to ? { to } : {}), ...(kind ? { kind } : {}) });
    return c.json({ total: messages.length, messages });
  });
  app.delete('/v1/__emulator/outbox', (c) => {
    ctx.outbox.clear();
    return c.body(null, 204);
  });
}
