import type { Hono } from 'hono';
import { hasAnyRole } from '../../auth/roles.ts';
import { fail } from '../../errors/AppwriteException.ts';
import type { SubscriberRecord } from '../../models/records.ts';
import { toTargetModel } from '../../models/targetModel.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { readId, readString } from '../../server/validate.ts';
import { resolveId } from '../../util/ids.ts';
import { isoNow } from '../../util/time.ts';
import { requireAccount } from '../account/accountSupport.ts';

/**
 * Creates the Appwrite `subscriber` model.
 *
 * @param ctx The emulator context.
 * @param subscriber The stored subscriber.
 *
 * @returns The model.
 */
function toSubscriberModel(ctx: EmulatorContext, subscriber: SubscriberRecord): Record<string, unknown> {
  const target = ctx.tables.targets.get(subscriber.targetId);
  const user = ctx.tables.users.get(subscriber.userId);
  return {
    $id: subscriber.$id,
    $createdAt: subscriber.$createdAt,
    $updatedAt: subscriber.$updatedAt,
    targetId: subscriber.targetId,
    target: target ? toTargetModel(target) : {},
    userId: subscriber.userId,
    userName: user?.name ?? '',
    topicId: subscriber.topicId,
    providerType: target?.providerType ?? '',
  };
}

/**
 * Registers the 2 messaging operations: a user subscribes one of their own targets to a
 * topic from appwrite.json (when a `subscribe` role of the topic matches; default `users`),
 * and removes their own subscriptions.
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerMessagingRoutes(app: Hono, ctx: EmulatorContext): void {
  defineRoute(app, ctx, 'messagingCreateSubscriber', ({ caller, ctx, params }) => {
    const { user } = requireAccount(caller);
    const topic = ctx.config.topics.find((t) => t.$id === params.topicId);
    if (!topic) fail('topic_not_found', 'Topic with the request ID could not be found.');
    if (!hasAnyRole(caller.roles, topic.subscribe ?? ['users'])) fail('user_unauthorized', 'The current user is not authorized to perform the requested action.');
    const id = readId(params.subscriberId, 'subscriberId', resolveId);
    const targetId = readString(params, 'targetId', { required: true, max: 36 });
    const target = ctx.tables.targets.get(targetId);
    if (!target || target.userId !== user.$id) fail('user_target_not_found', 'The target could not be found.');
    if (ctx.tables.subscribers.get(id) || ctx.tables.subscribers.find((s) => s.topicId === topic.$id && s.targetId === targetId)) {
      fail('subscriber_already_exists', 'Subscriber with the request ID already exists.');
    }
    const now = isoNow();
    const subscriber: SubscriberRecord = { $id: id, $createdAt: now, $updatedAt: now, topicId: topic.$id, targetId, userId: user.$id };
    ctx.tables.subscribers.put(id, subscriber);
    return toSubscriberModel(ctx, subscriber);
  });

  defineRoute(app, ctx, 'messagingDeleteSubscriber', ({ caller, ctx, params }) => {
    const { user } = requireAccount(caller);
    if (!ctx.config.topics.some((t) => t.$id === params.topicId)) fail('topic_not_found', 'Topic with the request ID could not be found.');
    const subscriber = ctx.tables.subscribers.get(String(params.subscriberId));
    if (!subscriber || subscriber.topicId !== params.topicId || subscriber.userId !== user.$id) {
      fail('subscriber_not_found', 'Subscriber with the request ID could not be found.');
    }
    ctx.tables.subscribers.delete(subscriber.$id);
    return null;
  });
}
