import { createClient, memoryCookieStorage, withSession, type CookieStorage } from '@aw/core';
import { describe, expect, it } from 'vitest';
import { sessionSecret } from './sessionSecret.ts';

function clientWith(stored: string | null | (() => never)) {
  const storage: CookieStorage = memoryCookieStorage();
  if (typeof stored === 'string') storage.setItem('cookieFallback', stored);
  if (typeof stored === 'function') storage.getItem = stored;
  return createClient({ endpoint: 'https://h/v1', project: 'p1', cookieStorage: storage });
}

describe('sessionSecret', () => {
  it('prefers the session set on the client', () => {
    expect(sessionSecret(withSession(clientWith(JSON.stringify({ a_session_p1: 'cookie' })), 'own'))).toBe('own');
  });

  it.each([
    ['the project cookie', JSON.stringify({ a_session_p1: 'cookie', a_session_p2: 'other' }), 'cookie'],
    ['only another project cookie', JSON.stringify({ a_session_p2: 'other' }), undefined],
    ['an empty secret', JSON.stringify({ a_session_p1: '' }), undefined],
    ['a non-string secret', JSON.stringify({ a_session_p1: 42 }), undefined],
    ['corrupt JSON', '{nope', undefined],
    ['JSON null', 'null', undefined],
    ['nothing stored', null, undefined],
  ])('reads %s from the fallback storage', (_, stored, expected) => {
    expect(sessionSecret(clientWith(stored))).toBe(expected);
  });

  it('treats a storage that throws as empty', () => {
    expect(
      sessionSecret(
        clientWith(() => {
          throw new Error('SecurityError');
        }),
      ),
    ).toBeUndefined();
  });
});
