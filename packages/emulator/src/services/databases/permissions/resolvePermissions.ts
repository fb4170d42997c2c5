import { fail } from '../../../errors/AppwriteException.ts';
import { isServerRoles } from '../../../auth/apiKeys.ts';
import { parsePermission } from './allows.ts';

/**
 * Creates the permission list stored on a new document or file. Without explicit permissions the
 * creator gets read, update and delete; explicit ones must be well-formed, use only the given
 * actions, and name only roles the caller holds (Appwrite's rule for client requests).
 *
 * @param requested The permissions the client sent, or undefined.
 * @param roles The caller's roles.
 * @param userId The caller's user ID, if signed in.
 * @param actions The actions allowed on this kind of resource.
 *
 * @returns The permission strings to store.
 */
export function resolvePermissions(
  requested: readonly unknown[] | undefined | null,
  roles: readonly string[],
  userId: string | undefined,
  actions: readonly string[] = ['read', 'update', 'delete', 'write'],
): string[] {
  if (requested === undefined || requested === null) {
    return userId ? ['read', 'update', 'delete'].map((action) => `${action}("user:${userId}")`) : [];
  }
  const result: string[] = [];
  for (const permission of requested) {
    const parsed = typeof permission === 'string' ? parsePermission(permission) : undefined;
    if (!parsed || !actions.includes(parsed.action)) {
      fail('general_argument_invalid', `Invalid \`permissions\` param: ${String(permission)} is not a valid permission; use ${actions.join(', ')} with a role.`);
    }
    // A key may grant any role, as Appwrite lets the server do.
    if (!isServerRoles(roles) && !roles.includes(parsed.role)) {
      fail('user_unauthorized', `Permissions must be one of: (${roles.join(', ')})`);
    }
    // `write` is stored expanded, as Appwrite does.
    const expanded = parsed.action === 'write' ? ['update', 'delete'].filter((a) => actions.includes(a)) : [parsed.action];
    for (const action of expanded) {
      const text = `${action}("${parsed.role}")`;
      if (!result.includes(text)) result.push(text);
    }
  }
  return result;
}

/**
 * Checks that every requested permission is well formed and of an allowed action (400 otherwise),
 * without looking at the caller's roles.
 *
 * @param requested The `permissions` parameter.
 * @param actions The allowed actions.
 */
export function checkPermissionFormat(requested: readonly unknown[] | undefined | null, actions: readonly string[]): void {
  for (const permission of requested ?? []) {
    const parsed = typeof permission === 'string' ? parsePermission(permission) : undefined;
    if (!parsed || !actions.includes(parsed.action)) {
      fail('general_argument_invalid', `Invalid \`permissions\` param: ${String(permission)} is not a valid permission; use ${actions.join(', ')} with a role.`);
    }
  }
}
