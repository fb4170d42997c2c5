import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import * as here from '../src/index.ts';

type Core = typeof here;
let esmCopy: Core;
let cjsCopy: Core;
let outDir: string;

beforeAll(async () => {
  // A second ESM instance of the same source, as when two versions of core are installed.
  vi.resetModules();
  esmCopy = (await import('../src/index.ts')) as Core;
  // A CommonJS bundle, as when one dependency requires core and another imports it.
  outDir = mkdtempSync(join(tmpdir(), 'aw-core-copy-'));
  const outfile = join(outDir, 'core.cjs');
  await build({ entryPoints: [fileURLToPath(new URL('../src/index.ts', import.meta.url))], bundle: true, format: 'cjs', platform: 'node', outfile, logLevel: 'silent' });
  cjsCopy = createRequire(import.meta.url)(outfile) as Core;
}, 30_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const init = { method: 'GET', path: '/account', status: 401, reason: 'Unauthorized', body: { message: 'no', type: 'user_unauthorized' }, headers: {}, roundTripTime: 1 };

describe.each([
  ['a second ESM copy', () => esmCopy],
  ['a CommonJS copy', () => cjsCopy],
])('instanceof across %s', (_, copy) => {
  test('the copies really are different classes', () => {
    expect(copy().AppwriteError).not.toBe(here.AppwriteError);
  });

  test('errors made by either copy are instances of both copies’ classes', () => {
    const theirs = new (copy().AppwriteError)(init);
    const ours = new here.AppwriteError(init);
    for (const error of [theirs, ours]) {
      expect(error).toBeInstanceOf(here.AppwriteError);
      expect(error).toBeInstanceOf(copy().AppwriteError);
      expect(error).toBeInstanceOf(here.AwError);
      expect(error).toBeInstanceOf(copy().AwError);
      expect(error).toBeInstanceOf(Error);
      expect(here.isAppwriteError(error, 'user_unauthorized')).toBe(true);
      expect(copy().isAppwriteError(error, 'user_unauthorized')).toBe(true);
    }
  });

  test('each kind only answers for itself', () => {
    const timeout = new (copy().AwTimeoutError)('GET', '/x', 5);
    expect(timeout).toBeInstanceOf(here.AwTimeoutError);
    expect(timeout).toBeInstanceOf(here.AwError);
    expect(timeout).not.toBeInstanceOf(here.AppwriteError);
    expect(timeout).not.toBeInstanceOf(here.AwNetworkError);
    expect(new (copy().AwNetworkError)('GET', 'h', '/x', new Error('down'))).toBeInstanceOf(here.AwNetworkError);
    expect(new (copy().AwValidationError)('op', 'params', [])).toBeInstanceOf(here.AwValidationError);
    expect(here.isAppwriteError(timeout)).toBe(false);
  });
});

describe('serialization', () => {
  const error = new here.AppwriteError({ ...init, headers: { 'retry-after': '5' } });
  const fields = { name: 'AppwriteError', message: 'no', status: 401, code: 401, type: 'user_unauthorized', reason: 'Unauthorized', body: init.body, headers: { 'retry-after': '5' }, roundTripTime: 1, method: 'GET', path: '/account', retryAfter: 5000 };

  test('every field but message (which Error keeps hidden) is a plain own enumerable property', () => {
    const { message: _, ...rest } = fields;
    expect({ ...error }).toEqual(rest);
  });

  test('JSON.stringify keeps every field plus name, message and stack', () => {
    const parsed = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(parsed).toMatchObject(fields);
    expect(parsed.stack).toContain('AppwriteError');
  });

  test('structuredClone keeps every field of toJSON(); of the Error itself it keeps message and stack', () => {
    expect(structuredClone(error.toJSON())).toMatchObject(fields);
    const cloned = structuredClone(error);
    expect(cloned.message).toBe(error.message);
    expect(cloned.stack).toBe(error.stack);
  });

  test('a network error serializes its cause briefly', () => {
    const network = new here.AwNetworkError('GET', 'api.example.com', '/x', new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND api.example.com') }));
    expect(network.message).toBe('[GET /x] could not reach api.example.com: getaddrinfo ENOTFOUND api.example.com');
    expect(JSON.parse(JSON.stringify(network))).toMatchObject({ name: 'AwNetworkError', host: 'api.example.com', cause: { name: 'TypeError', message: 'fetch failed' } });
  });
});
