import type { CoreTables } from '../server/context.ts';
import type { MembershipRecord } from './records.ts';

/**
 * Creates the Appwrite `membership` model.
 *
 * @param membership The stored membership.
 * @param tables The tables (for user and team names).
 *
 * @returns The model.
 */
export function toMembershipModel(membership: MembershipRecord, tables: CoreTables): Record<string, unknown> {
  const user = tables.users.get(membership.userId);
  const team = tables.teams.get(membership.teamId);
  return {
    $id: membership.$id,
    $createdAt: membership.$createdAt,
    $updatedAt: membership.$updatedAt,
    userId: membership.userId,
    userName: user?.name ?? '',
    userEmail: user?.email ?? '',
    teamId: membership.teamId,
    teamName: team?.name ?? '',
    invited: membership.invited,
    joined: membership.joined,
    confirm: membership.confirm,
    mfa: user?.mfa ?? false,
    roles: membership.roles,
  };
}
