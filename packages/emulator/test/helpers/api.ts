import { expect } from 'vitest';
import { expectModel, matchRoute } from './specValidator.ts';

/** A JSON answer of the emulator. */
export interface ApiAnswer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** Counts how many answers were checked against spec models, per model. */
export const checkedModels = new Map<string, number>();

/**
 * Creates a tiny HTTP client for the emulator that keeps a session cookie like a browser
 * (when `keepCookies`), and checks every JSON answer against the spec: success bodies against the
 * route's response model, error bodies against `error`.
 *
 * @param endpoint The emulator URL (…/v1).
 * @param projectId The project id.
 *
 * @returns The client.
 */
export function createApi(endpoint: string, projectId: string) {
  let cookie = '';
  const request = async <T = any>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiAnswer<T>> => {
    const response = await fetch(`${endpoint}${path}`, {
      method,
      redirect: 'manual',
      headers: {
        'X-Appwrite-Project': projectId,
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(cookie ? { Cookie: cookie } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const setCookies = response.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair] = line.split(';');
      if (!pair?.startsWith(`a_session_${projectId}=`)) continue;
      cookie = /Expires=Thu, 01 Jan 1970/i.test(line) || pair.endsWith('=') ? '' : pair;
    }
    const type = response.headers.get('content-type') ?? '';
    const parsed = type.includes('application/json') ? ((await response.json()) as T) : ((await response.arrayBuffer()) as T);
    if (type.includes('application/json')) {
      const route = matchRoute(method, path.split('?')[0]!);
      const model = response.status >= 400 ? 'error' : route?.model;
      if (model && !path.startsWith('/__emulator')) {
        expectModel(model, parsed);
        checkedModels.set(model, (checkedModels.get(model) ?? 0) + 1);
      }
    }
    return { status: response.status, headers: response.headers, body: parsed };
  };
  return {
    request,
    get: <T = any>(path: string, headers?: Record<string, string>) => request<T>('GET', path, undefined, headers),
    post: <T = any>(path: string, body: unknown = {}, headers?: Record<string, string>) => request<T>('POST', path, body, headers),
    put: <T = any>(path: string, body: unknown = {}, headers?: Record<string, string>) => request<T>('PUT', path, body, headers),
    patch: <T = any>(path: string, body: unknown = {}, headers?: Record<string, string>) => request<T>('PATCH', path, body, headers),
    delete: <T = any>(path: string, body?: unknown, headers?: Record<string, string>) => request<T>('DELETE', path, body, headers),
    get cookie() {
      return cookie;
    },
    set cookie(value: string) {
      cookie = value;
    },
  };
}

/** The client type. */
export type Api = ReturnType<typeof createApi>;

/**
 * Asserts an Appwrite error answer.
 *
 * @param answer The answer.
 * @param status The expected status.
 * @param type The expected error type.
 */
export function expectError(answer: ApiAnswer, status: number, type: string): void {
  expect({ status: answer.status, type: answer.body?.type }).toEqual({ status, type });
}

/**
 * Creates a signed-in client for a new user: signs up `id@example.com`, then opens a session.
 *
 * @param api A fresh client (it keeps the session cookie).
 * @param id The user id (also the email's local part).
 *
 * @returns The same client, now signed in.
 */
export async function signUpAndSignIn(api: Api, id: string): Promise<Api> {
  await api.post('/account', { userId: id, email: `${id}@example.com`, password: 'password-1', name: id });
  await api.post('/account/sessions/email', { email: `${id}@example.com`, password: 'password-1' });
  return api;
}
