import { describe, expect, it } from 'vitest';
import { AppwriteException } from '../../../errors/AppwriteException.ts';
import { allows, parsePermission } from './allows.ts';
import { resolvePermissions } from './resolvePermissions.ts';

describe('allows', () => {
  it.each([
    [['read("any")'], 'read', ['any', 'guests'], true],
    [['read("users")'], 'read', ['any', 'guests'], false],
    [['write("user:u1")'], 'update', ['user:u1'], true],
    [['write("user:u1")'], 'read', ['user:u1'], false],
    [['delete("team:t1/owner")'], 'delete', ['team:t1'], false],
    [['delete("team:t1/owner")'], 'delete', ['team:t1/owner'], true],
    [['read("label:vip")'], 'read', ['label:vip'], true],
    [['read("member:m1")'], 'read', ['member:m2'], false],
    [['bogus'], 'read', ['any'], false],
  ] as const)('%j %s for %j is %s', (permissions, action, roles, expected) => {
    expect(allows(permissions, action, roles)).toBe(expected);
  });

  it('parses permission strings', () => {
    expect(parsePermission('read("label:x")')).toEqual({ action: 'read', role: 'label:x' });
    expect(parsePermission('read(any)')).toBeUndefined();
  });
});

describe('resolvePermissions', () => {
  const roles = ['any', 'users', 'users/unverified', 'user:u1', 'user:u1/unverified'];

  it('defaults to the creator', () => {
    expect(resolvePermissions(undefined, roles, 'u1')).toEqual(['read("user:u1")', 'update("user:u1")', 'delete("user:u1")']);
    expect(resolvePermissions(undefined, ['any', 'guests'], undefined)).toEqual([]);
  });

  it('expands write and keeps roles the caller holds', () => {
    expect(resolvePermissions(['read("any")', 'write("user:u1")'], roles, 'u1')).toEqual(['read("any")', 'update("user:u1")', 'delete("user:u1")']);
  });

  it('refuses roles the caller lacks and malformed strings', () => {
    let type = '';
    try {
      resolvePermissions(['read("user:other")'], roles, 'u1');
    } catch (error) {
      expect(error).toBeInstanceOf(AppwriteException);
      type = (error as AppwriteException).type;
    }
    expect(type).toBe('user_unauthorized');
    expect(() => resolvePermissions(['create("any")'], roles, 'u1')).toThrow(/not a valid permission/);
  });
});
