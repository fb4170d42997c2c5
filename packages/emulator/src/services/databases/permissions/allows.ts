import { isServerRoles } from '../../../auth/apiKeys.ts';

/** An action a permission string can grant. */
export type PermissionAction = 'read' | 'create' | 'update' | 'delete';

const PERMISSION = /^(read|create|update|delete|write)\("([^"]+)"\)$/;

/**
 * Creates the parsed form of a permission string such as `read("user:abc")`.
 *
 * @param permission The permission string.
 *
 * @returns The action and role, or undefined when the string is malformed.
 */
export function parsePermission(permission: string): { action: PermissionAction | 'write'; role: string } | undefined {
  const match = PERMISSION.exec(permission);
  if (!match) return undefined;
  return { action: match[1] as PermissionAction | 'write', role: match[2] as string };
}

/**
 * Creates a check of whether any of the caller's roles is granted an action by a permission list.
 * `write` grants create, update and delete, as in Appwrite.
 *
 * @param permissions The permission strings.
 * @param action The action wanted.
 * @param roles The caller's roles.
 *
 * @returns True when allowed.
 */
export function allows(permissions: readonly string[] | undefined, action: PermissionAction, roles: readonly string[]): boolean {
  // An API key acts as the server: Appwrite skips permission checks for it.
  if (isServerRoles(roles)) return true;
  for (const permission of permissions ?? []) {
    const parsed = parsePermission(permission);
    if (!parsed) continue;
    const grants = parsed.action === action || (parsed.action === 'write' && action !== 'read');
    if (grants && roles.includes(parsed.role)) return true;
  }
  return false;
}

/**
 * Creates the list of roles that a permission list lets read (used to address realtime events).
 *
 * @param permissions The permission strings.
 *
 * @returns The roles with `read`.
 */
export function readRoles(permissions: readonly string[] | undefined): string[] {
  const roles: string[] = [];
  for (const permission of permissions ?? []) {
    const parsed = parsePermission(permission);
    if (parsed?.action === 'read' && !roles.includes(parsed.role)) roles.push(parsed.role);
  }
  return roles;
}
