import type { Hono } from 'hono';
import { fail } from '../../errors/AppwriteException.ts';
import type { TargetRecord } from '../../models/records.ts';
import { toTargetModel } from '../../models/targetModel.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { readId, readString } from '../../server/validate.ts';
import { resolveId } from '../../util/ids.ts';
import { isoNow } from '../../util/time.ts';
import { requireAccount } from './accountSupport.ts';

/**
 * Registers the push target routes (device tokens a user registers for push messages).
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerTargetRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'accountCreatePushTarget', ({ caller, ctx, params }) => {
    const { user } = requireAccount(caller);
    const id = readId(params.targetId, 'targetId', resolveId);
    const identifier = readString(params, 'identifier', { required: true, max: 1024 });
    const providerId = readString(params, 'providerId', { max: 36 }) ?? '';
    if (ctx.tables.targets.get(id)) fail('user_target_already_exists', 'A target with the same ID already exists.');
    const now = isoNow();
    const target: TargetRecord = { $id: id, $createdAt: now, $updatedAt: now, name: '', userId: user.$id, providerId, providerType: 'push', identifier };
    return toTargetModel(ctx.tables.targets.put(id, target));
  });

  defineRoute(app, ctx, 'accountUpdatePushTarget', ({ caller, ctx, params }) => {
    const { user } = requireAccount(caller);
    const target = ownPushTarget(ctx, user.$id, String(params.targetId));
    const identifier = readString(params, 'identifier', { required: true, max: 1024 });
    return toTargetModel(ctx.tables.targets.put(target.$id, { ...target, identifier, $updatedAt: isoNow() }));
  });

  defineRoute(app, ctx, 'accountDeletePushTarget', ({ caller, ctx, params }) => {
    const { user } = requireAccount(caller);
    const target = ownPushTarget(ctx, user.$id, String(params.targetId));
    ctx.tables.targets.delete(target.$id);
    for (const subscriber of ctx.tables.subscribers.filter((s) => s.targetId === target.$id)) ctx.tables.subscribers.delete(subscriber.$id);
    return null;
  });
}

/**
 * Finds a push target of the caller.
 *
 * @param ctx The emulator context.
 * @param userId The caller's id.
 * @param targetId The target id.
 *
 * @returns The target.
 */
function ownPushTarget(ctx: EmulatorContext, userId: string, targetId: string): TargetRecord {
  const target = ctx.tables.targets.get(targetId);
  if (!target || target.userId !== userId || target.providerType !== 'push') fail('user_target_not_found', 'The target could not be found.');
  return target;
}
