import type { TargetRecord } from './records.ts';

/**
 * Creates the Appwrite `target` model of a messaging target.
 *
 * @param target The stored target.
 *
 * @returns The model.
 */
export function toTargetModel(target: TargetRecord): Record<string, unknown> {
  return {
    $id: target.$id,
    $createdAt: target.$createdAt,
    $updatedAt: target.$updatedAt,
    name: target.name,
    userId: target.userId,
    providerId: target.providerId,
    providerType: target.providerType,
    identifier: target.identifier,
  };
}
