import { AppwriteError, createClient, memoryCookieStorage, type Client } from '@aw/core';
import { expect } from 'vitest';
import { expectModel, matchRoute } from './specValidator.ts';
import type { RunningEmulator } from '../../src/startEmulator.ts';

/** How many JSON answers the spec check saw, per model (tests assert it is not zero). */
export const checkedAnswers = new Map<string, number>();

// Checks every JSON answer against the spec's model for its route (or `error`) before the SDK sees it.
const checkingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) return response;
  const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
  const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  const route = matchRoute(method, url.pathname.replace(/^\/v1/, ''));
  const model = response.status >= 400 ? 'error' : route?.model;
  if (model) {
    expectModel(model, await response.clone().json());
    checkedAnswers.set(model, (checkedAnswers.get(model) ?? 0) + 1);
  }
  return response;
};

/**
 * Creates an `@aw/core` client for the emulator whose answers are checked against the spec.
 *
 * @param emulator The running emulator.
 * @param session A session value for a signed-in user.
 *
 * @returns The client.
 */
export function sdkClient(emulator: RunningEmulator, session?: string): Client {
  return createClient({
    endpoint: emulator.url,
    project: emulator.projectId,
    session,
    fetch: checkingFetch,
    retry: 0,
    cookieStorage: memoryCookieStorage(),
  });
}

/**
 * Creates a user with email and password and signs in, returning the session value.
 *
 * @param emulator The running emulator.
 * @param id The user ID (also used for the email).
 *
 * @returns The session value to pass as `session`.
 */
export async function signUp(emulator: RunningEmulator, id: string): Promise<string> {
  const headers = { 'X-Appwrite-Project': emulator.projectId, 'Content-Type': 'application/json' };
  const email = `${id}@example.com`;
  await fetch(`${emulator.url}/account`, { method: 'POST', headers, body: JSON.stringify({ userId: id, email, password: 'password-123', name: id }) });
  const response = await fetch(`${emulator.url}/account/sessions/email`, { method: 'POST', headers, body: JSON.stringify({ email, password: 'password-123' }) });
  const cookies = JSON.parse(response.headers.get('x-fallback-cookies') ?? '{}') as Record<string, string>;
  const value = cookies[`a_session_${emulator.projectId}`];
  if (!value) throw new Error(`sign-up of ${id} failed with ${response.status}`);
  return value;
}

/**
 * Awaits a call that must fail, and returns its `AppwriteError`.
 *
 * @param promise The call.
 *
 * @returns The error it rejected with.
 */
export async function errorOf(promise: Promise<unknown>): Promise<AppwriteError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppwriteError);
  return error as AppwriteError;
}
