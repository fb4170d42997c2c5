import { getCurrentUser } from '@aw/account';
import { AppwriteError, createClient } from '@aw/core';
import { startEmulator, type RunningEmulator } from '@aw/emulator';
import { afterAll, beforeAll, expect, it } from 'vitest';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false });
});
afterAll(() => emulator.close());

it('an endpoint missing /v1 fails with an error that says so', async () => {
  const endpoint = emulator.url.replace(/\/v1$/, '');
  expect(endpoint).not.toBe(emulator.url);
  const error = await getCurrentUser(createClient({ endpoint, project: emulator.projectId, retry: 0 })).catch((failure: unknown) => failure);
  expect(error).toBeInstanceOf(AppwriteError);
  expect(error).toMatchObject({ status: 404, type: 'general_route_not_found' });
  expect((error as AppwriteError).message).toContain(`(the endpoint ${endpoint} looks like it is missing /v1)`);
});
