import { createClient, type RawResponse } from '@aw/core';
import { describe, expect, test } from 'vitest';
import { readSessionSecret } from './readSessionSecret.ts';

const client = createClient({ endpoint: 'http://127.0.0.1:1/v1', project: 'demo' });
const raw = (body: unknown, headers: Record<string, string> = {}): RawResponse<unknown> => ({ body, headers, status: 201, roundTripTime: 1 });

describe('readSessionSecret', () => {
  test('prefers the secret field when the server filled it', () => {
    expect(readSessionSecret(client, raw({ secret: 's1' }, { 'x-fallback-cookies': '{"a_session_demo":"s2"}' }))).toBe('s1');
  });

  test('reads X-Fallback-Cookies for this project', () => {
    expect(readSessionSecret(client, raw({ secret: '' }, { 'x-fallback-cookies': '{"a_session_other":"x","a_session_demo":"s2"}' }))).toBe('s2');
  });

  test('reads the session cookie, also its legacy twin, among other cookies', () => {
    const cookies = 'a_session_other=nope; path=/, a_session_demo_legacy=s3%3D%3D; expires=Thu, 01 Jan 2099 00:00:00 GMT; path=/; httponly';
    expect(readSessionSecret(client, raw({}, { 'set-cookie': cookies }))).toBe('s3==');
    expect(readSessionSecret(client, raw({}, { 'set-cookie': 'a_session_demo=s4; path=/' }))).toBe('s4');
  });

  test('returns undefined when nothing carries a secret', () => {
    expect(readSessionSecret(client, raw({ $id: 'x' }, { 'x-fallback-cookies': 'not json', 'set-cookie': 'a_session_other=x' }))).toBeUndefined();
    expect(readSessionSecret(client, raw(undefined))).toBeUndefined();
  });
});
