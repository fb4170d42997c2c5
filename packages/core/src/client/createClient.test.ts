import { expect, test } from 'vitest';
import { createClient } from './createClient.ts';

test('refuses an endpoint that is not an http(s) URL, naming what it got', () => {
  expect(() => createClient({ endpoint: 'ftp://example.com/v1', project: 'p1' })).toThrow(new TypeError('createClient: endpoint must be an http(s) URL, got "ftp://example.com/v1"'));
  expect(() => createClient({ endpoint: 'example.com/v1', project: 'p1' })).toThrow(TypeError);
});

test('refuses a missing project', () => {
  expect(() => createClient({ endpoint: 'https://example.com/v1', project: '' })).toThrow(new TypeError('createClient: project is required'));
});

test('drops trailing slashes from the endpoint and fills the defaults', () => {
  const client = createClient({ endpoint: 'HTTPS://example.com/v1//', project: 'p1' });
  expect(client).toMatchObject({ endpoint: 'HTTPS://example.com/v1', project: 'p1', timeout: 30_000, retry: 2, maxResponseBytes: 64 * 1024 * 1024, headers: {} });
  expect(Object.isFrozen(client)).toBe(true);
  expect(Object.isFrozen(client.headers)).toBe(true);
});
