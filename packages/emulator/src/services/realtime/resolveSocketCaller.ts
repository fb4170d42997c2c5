import { Hono } from 'hono';
import type { Caller, EmulatorContext } from '../../server/context.ts';

/**
 * Creates a resolver that finds the caller of a WebSocket handshake (its cookies) or of an
 * `authentication` message (its session value), reusing the emulator's own caller lookup by
 * passing the headers through a one-route Hono app.
 *
 * @param ctx The emulator context.
 *
 * @returns A function from request headers to the caller (a guest when nothing valid was sent).
 */
export function createSocketCallerResolver(ctx: EmulatorContext): (headers: Record<string, string>) => Promise<Caller> {
  const guest: Caller = { user: null, session: null, roles: ['any', 'guests'] };
  const resolver = new Hono();
  const found = new Map<string, Caller>();
  resolver.get('*', async (c) => {
    const ticket = c.req.header('x-aw-ticket') as string;
    try {
      found.set(ticket, await ctx.getCaller(c));
    } catch {
      found.set(ticket, guest);
    }
    return c.body(null, 204);
  });
  let counter = 0;
  return async (headers) => {
    const ticket = String(counter++);
    await resolver.request('http://emulator.local/', { headers: { ...headers, 'x-aw-ticket': ticket } });
    const caller = found.get(ticket) ?? guest;
    found.delete(ticket);
    return caller;
  };
}
