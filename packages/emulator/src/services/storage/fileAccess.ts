import { allows, readRoles, type PermissionAction } from '../databases/permissions/allows.ts';
import type { BucketConfig, StoredFile } from './types.ts';

/**
 * Creates the check Appwrite applies to one file: the bucket grants the action, or file security
 * is on and the file itself grants it.
 *
 * @param bucket The bucket.
 * @param file The file.
 * @param action The action wanted.
 * @param roles The caller's roles.
 *
 * @returns Whether it is allowed.
 */
export function fileAllows(bucket: BucketConfig, file: StoredFile, action: PermissionAction, roles: readonly string[]): boolean {
  if (allows(bucket.$permissions, action, roles)) return true;
  return bucket.fileSecurity === true && allows(file.$permissions, action, roles);
}

/**
 * Creates the role list that may read a file, for addressing realtime events.
 *
 * @param bucket The bucket.
 * @param file The file.
 *
 * @returns The roles.
 */
export function fileReadRoles(bucket: BucketConfig, file: StoredFile): string[] {
  const roles = readRoles(bucket.$permissions);
  if (bucket.fileSecurity) for (const role of readRoles(file.$permissions)) if (!roles.includes(role)) roles.push(role);
  return roles;
}
