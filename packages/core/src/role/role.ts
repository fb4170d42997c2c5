/** A role string, as Appwrite permissions name them (`any`, `user:ID`, `team:ID/owner`…). */
export type RoleString = string;

/**
 * Creates the role of everyone, signed in or not.
 *
 * @returns The role string.
 */
// @__NO_SIDE_EFFECTS__
export function any(): RoleString {
  return 'any';
}

/**
 * Creates the role of visitors who are not signed in.
 *
 * @returns The role string.
 */
// @__NO_SIDE_EFFECTS__
export function guests(): RoleString {
  return 'guests';
}

/**
 * Creates the role of every signed-in user, optionally only verified or unverified ones.
 *
 * @param status `verified` or `unverified`.
 *
 * @returns The role string.
 */
// @__NO_SIDE_EFFECTS__
export function users(status?: 'verified' | 'unverified'): RoleString {
  return status ? `users/${status}` : 'users';
}

/**
 * Creates the role of one user, optionally only while verified or unverified.
 *
 * @param id The user ID.
 * @param status `verified` or `unverified`.
 *
 * @returns The role string.
 */
// @__NO_SIDE_EFFECTS__
export function user(id: string, status?: 'verified' | 'unverified'): RoleString {
  return status ? `user:${id}/${status}` : `user:${id}`;
}

/**
 * Creates the role of a team's members, optionally only those with a team role.
 *
 * @param id The team ID.
 * @param role A team role, such as `owner`.
 *
 * @returns The role string.
 */
// @__NO_SIDE_EFFECTS__
export function team(id: string, role?: string): RoleString {
  return role ? `team:${id}/${role}` : `team:${id}`;
}

/**
 * Creates the role of one team membership.
 *
 * @param id The membership ID.
 *
 * @returns The role string.
 */
// @__NO_SIDE_EFFECTS__
export function member(id: string): RoleString {
  return `member:${id}`;
}

/**
 * Creates the role of every user carrying a label.
 *
 * @param name The label.
 *
 * @returns The role string.
 */
// @__NO_SIDE_EFFECTS__
export function label(name: string): RoleString {
  return `label:${name}`;
}
