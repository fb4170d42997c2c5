// The `Query`, `ID`, `Permission` and `Role` objects of the top-level entry. They are plain objects
// made here, not `export * as` namespaces: a namespace object lands in the chunk the subpath
// entries share, so `import * as Query from '@aw/core/query'` would carry every builder. Made here,
// only an app that imports them from `@aw/core` pays for them (all builders of that kind).
import { equal as queryEqual, notEqual as queryNotEqual, lessThan as queryLessThan, lessThanEqual as queryLessThanEqual, greaterThan as queryGreaterThan, greaterThanEqual as queryGreaterThanEqual, isNull as queryIsNull, isNotNull as queryIsNotNull, between as queryBetween, startsWith as queryStartsWith, endsWith as queryEndsWith, contains as queryContains, search as querySearch, select as querySelect, orderAsc as queryOrderAsc, orderDesc as queryOrderDesc, cursorAfter as queryCursorAfter, cursorBefore as queryCursorBefore, limit as queryLimit, offset as queryOffset, or as queryOr, and as queryAnd } from './query/query.ts';
import { unique as idUnique, custom as idCustom } from './id/id.ts';
import { read as permissionRead, write as permissionWrite, create as permissionCreate, update as permissionUpdate, delete as permissionDelete } from './permission/permission.ts';
import { any as roleAny, guests as roleGuests, users as roleUsers, user as roleUser, team as roleTeam, member as roleMember, label as roleLabel } from './role/role.ts';

/** Every Query builder; `import * as Query from '@aw/core/query'` keeps only the ones an app uses. */
export const Query = { equal: queryEqual, notEqual: queryNotEqual, lessThan: queryLessThan, lessThanEqual: queryLessThanEqual, greaterThan: queryGreaterThan, greaterThanEqual: queryGreaterThanEqual, isNull: queryIsNull, isNotNull: queryIsNotNull, between: queryBetween, startsWith: queryStartsWith, endsWith: queryEndsWith, contains: queryContains, search: querySearch, select: querySelect, orderAsc: queryOrderAsc, orderDesc: queryOrderDesc, cursorAfter: queryCursorAfter, cursorBefore: queryCursorBefore, limit: queryLimit, offset: queryOffset, or: queryOr, and: queryAnd };
/** Every ID builder; `import * as ID from '@aw/core/id'` keeps only the ones an app uses. */
export const ID = { unique: idUnique, custom: idCustom };
/** Every Permission builder; `import * as Permission from '@aw/core/permission'` keeps only the ones an app uses. */
export const Permission = { read: permissionRead, write: permissionWrite, create: permissionCreate, update: permissionUpdate, delete: permissionDelete };
/** Every Role builder; `import * as Role from '@aw/core/role'` keeps only the ones an app uses. */
export const Role = { any: roleAny, guests: roleGuests, users: roleUsers, user: roleUser, team: roleTeam, member: roleMember, label: roleLabel };
