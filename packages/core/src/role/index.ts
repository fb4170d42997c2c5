import type { RoleString as RoleStringOfRole } from './role.ts';

// A local alias, not a re-export: the declaration bundler turned a re-exported type into
// `declare const RoleString: typeof RoleString`, which fails (TS2693) for users with skipLibCheck off.
/** A role string, as Appwrite permissions name them (`any`, `user:ID`, `team:ID/owner`…). */
export type RoleString = RoleStringOfRole;
export { any, guests, label, member, team, user, users } from './role.ts';
