import { expect, test } from 'vitest';
import * as Permission from '../permission/permission.ts';
import * as Role from './role.ts';

test.each([
  [Role.any(), 'any'],
  [Role.guests(), 'guests'],
  [Role.users(), 'users'],
  [Role.users('verified'), 'users/verified'],
  [Role.users('unverified'), 'users/unverified'],
  [Role.user('u1'), 'user:u1'],
  [Role.user('u1', 'verified'), 'user:u1/verified'],
  [Role.team('t1'), 'team:t1'],
  [Role.team('t1', 'owner'), 'team:t1/owner'],
  [Role.member('m1'), 'member:m1'],
  [Role.label('vip'), 'label:vip'],
])('role %s', (actual, expected) => {
  expect(actual).toBe(expected);
});

test.each([
  [Permission.read(Role.any()), 'read("any")'],
  [Permission.write(Role.user('u1')), 'write("user:u1")'],
  [Permission.create(Role.users()), 'create("users")'],
  [Permission.update(Role.team('t1', 'owner')), 'update("team:t1/owner")'],
  [Permission.delete(Role.label('admin')), 'delete("label:admin")'],
])('permission %s', (actual, expected) => {
  expect(actual).toBe(expected);
});
