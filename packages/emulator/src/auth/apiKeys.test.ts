import { describe, expect, it } from 'vitest';
import { allows } from '../services/databases/permissions/allows.ts';
import { resolvePermissions } from '../services/databases/permissions/resolvePermissions.ts';
import { APP_ROLE, createKeyring, isServerRoles, KEY_SCOPES, KeySpecError, parseKeySpec } from './apiKeys.ts';
import { hasAnyRole } from './roles.ts';

describe('parseKeySpec', () => {
  it('gives a bare secret every scope, and a listed key only its scopes', () => {
    expect(parseKeySpec('s3cret')).toEqual({ secret: 's3cret', scopes: [...KEY_SCOPES] });
    expect(parseKeySpec('s3cret:users.read, documents.write,users.read')).toEqual({ secret: 's3cret', scopes: ['users.read', 'documents.write'] });
  });

  it('refuses unknown scopes, empty secrets and lists, and never quotes the secret', () => {
    const secret = 'do-not-print-me';
    for (const spec of [`${secret}:users.reed`, ':users.read', `${secret}:`, `${secret} x`, 'x'.repeat(513)]) {
      let error: unknown;
      try {
        parseKeySpec(spec, 2);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(KeySpecError);
      expect((error as Error).message).toContain('key #3');
      expect((error as Error).message).not.toContain(secret);
    }
    expect(() => parseKeySpec('k:users.reed')).toThrow(/unknown scope "users.reed"; Appwrite 1.5 scopes are sessions.write, users.read/);
  });
});

describe('createKeyring', () => {
  it('finds the key by its secret, with the apps role\'s scopes added', () => {
    const keyring = createKeyring(['first', 'second:users.read']);
    expect(keyring.size).toBe(2);
    expect([...keyring.find('second')!.scopes].sort()).toEqual(['global', 'graphql', 'health.read', 'users.read']);
    expect(keyring.find('first')!.scopes.has('documents.write')).toBe(true);
    expect(keyring.find('third')).toBeUndefined();
    expect(keyring.find('')).toBeUndefined();
    expect(keyring.find('secon')).toBeUndefined();
  });

  it('refuses two keys with one secret, whatever their scopes', () => {
    expect(() => createKeyring(['same', 'same:users.read'])).toThrow(/key #2 repeats the secret/);
  });

  it('works with no keys at all', () => {
    expect(createKeyring().find('anything')).toBeUndefined();
  });
});

describe('the server role', () => {
  const server = [APP_ROLE];

  it('passes every permission check, even on empty permission lists', () => {
    expect(isServerRoles(server)).toBe(true);
    expect(allows([], 'delete', server)).toBe(true);
    expect(hasAnyRole(server, [])).toBe(true);
  });

  it('may grant any role when creating a document, where a user may grant only their own', () => {
    expect(resolvePermissions(['read("user:bob")', 'write("team:crew")'], server, undefined)).toEqual(['read("user:bob")', 'update("team:crew")', 'delete("team:crew")']);
    expect(resolvePermissions(undefined, server, undefined)).toEqual([]);
    expect(() => resolvePermissions(['read("user:bob")'], ['any', 'users', 'user:ann'], 'ann')).toThrow(/Permissions must be one of/);
  });

  it('is not held by a user who happens to have the same role name among others', () => {
    expect(isServerRoles(['any', APP_ROLE])).toBe(false);
    expect(allows([], 'read', ['any', APP_ROLE])).toBe(false);
  });
});
