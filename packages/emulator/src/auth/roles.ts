import type { MembershipRecord, UserRecord } from '../models/records.ts';
import { isServerRoles } from './apiKeys.ts';

/**
 * Creates the Appwrite role list of a caller.
 *
 * @param user The signed-in user, or null for a guest.
 * @param memberships The user's memberships (only confirmed ones count).
 *
 * @returns Roles such as `any`, `users`, `user:ID`, `team:T/owner`, `member:M`, `label:vip`.
 */
export function rolesFor(user: UserRecord | null, memberships: readonly MembershipRecord[]): string[] {
  if (!user) return ['any', 'guests'];
  // Appwrite counts a user as verified once email or phone is confirmed.
  const state = user.emailVerification || user.phoneVerification ? 'verified' : 'unverified';
  const roles = ['any', 'users', `users/${state}`, `user:${user.$id}`, `user:${user.$id}/${state}`];
  for (const membership of memberships) {
    if (!membership.confirm) continue;
    roles.push(`team:${membership.teamId}`, `member:${membership.$id}`);
    for (const role of membership.roles) roles.push(`team:${membership.teamId}/${role}`);
  }
  for (const label of user.labels) roles.push(`label:${label}`);
  return roles;
}

/**
 * Checks whether a caller holds any of the given roles (`any` matches everyone).
 *
 * @param callerRoles The caller's roles.
 * @param allowed Roles from a permission list.
 *
 * @returns Whether access is granted.
 */
export function hasAnyRole(callerRoles: readonly string[], allowed: readonly string[]): boolean {
  return isServerRoles(callerRoles) || allowed.some((role) => callerRoles.includes(role));
}
