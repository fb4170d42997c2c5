import type { CoreTables } from '../server/context.ts';
import type { UserRecord } from './records.ts';
import { toTargetModel } from './targetModel.ts';

/**
 * Creates the Appwrite `user` model as a client sees it (no password hash).
 *
 * @param user The stored user.
 * @param tables The tables (for the user's targets).
 *
 * @returns The model.
 */
export function toUserModel(user: UserRecord, tables: CoreTables): Record<string, unknown> {
  return {
    $id: user.$id,
    $createdAt: user.$createdAt,
    $updatedAt: user.$updatedAt,
    name: user.name,
    registration: user.registration,
    status: user.status,
    labels: user.labels,
    passwordUpdate: user.passwordUpdate,
    email: user.email,
    phone: user.phone,
    emailVerification: user.emailVerification,
    phoneVerification: user.phoneVerification,
    mfa: user.mfa,
    prefs: user.prefs,
    targets: tables.targets.filter((t) => t.userId === user.$id).map(toTargetModel),
    accessedAt: user.accessedAt,
  };
}
