import type { RoleString } from '../role/role.ts';

/** A permission string, such as `read("any")`. */
export type PermissionString = string;

/**
 * Creates a permission to read a resource.
 *
 * @param role The role granted, from the role builders.
 *
 * @returns The permission string.
 */
// @__NO_SIDE_EFFECTS__
export function read(role: RoleString): PermissionString {
  return `read("${role}")`;
}

/**
 * Creates a permission to create, update and delete a resource.
 *
 * @param role The role granted, from the role builders.
 *
 * @returns The permission string.
 */
// @__NO_SIDE_EFFECTS__
export function write(role: RoleString): PermissionString {
  return `write("${role}")`;
}

/**
 * Creates a permission to create resources inside a collection or bucket.
 *
 * @param role The role granted, from the role builders.
 *
 * @returns The permission string.
 */
// @__NO_SIDE_EFFECTS__
export function create(role: RoleString): PermissionString {
  return `create("${role}")`;
}

/**
 * Creates a permission to update a resource.
 *
 * @param role The role granted, from the role builders.
 *
 * @returns The permission string.
 */
// @__NO_SIDE_EFFECTS__
export function update(role: RoleString): PermissionString {
  return `update("${role}")`;
}

/**
 * Creates a permission to delete a resource.
 *
 * @param role The role granted, from the role builders.
 *
 * @returns The permission string.
 */
// @__NO_SIDE_EFFECTS__
function deletePermission(role: RoleString): PermissionString {
  return `delete("${role}")`;
}

export { deletePermission as delete };
