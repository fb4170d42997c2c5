import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AppwriteError, createClient } from '../src/index.ts';
import { request, type Operation } from '../src/internal.ts';
import { sendJson, startLoopback, type Loopback } from './helpers/loopback.ts';

// Answers like Appwrite: its API lives under /v1, and any other path is a route it does not know.
let server: Loopback;
beforeAll(async () => {
  server = await startLoopback((req, res) => {
    if (req.url.startsWith('/v1/account')) return sendJson(res, 404, { message: 'User with the requested ID could not be found.', code: 404, type: 'user_not_found' });
    return sendJson(res, 404, { message: 'Route not found. Please ensure the endpoint is configured correctly and that the API route is valid for this SDK version.', code: 404, type: 'general_route_not_found' });
  });
});
afterAll(() => server.close());

const getAccount: Operation = { name: 'account.get', method: 'GET', path: '/account' };
const failureOf = (endpoint: string, operation = getAccount) =>
  request(createClient({ endpoint, project: 'p', retry: 0 }), operation).then(
    () => expect.fail('expected a 404'),
    (error: unknown) => error as AppwriteError,
  );

describe('an endpoint without /v1', () => {
  test('says so in the error when Appwrite does not know the route', async () => {
    const origin = server.endpoint.slice(0, -'/v1'.length);
    for (const endpoint of [origin, `${origin}/`, `${origin}/v2`]) {
      const error = await failureOf(endpoint);
      expect(error).toBeInstanceOf(AppwriteError);
      expect(error).toMatchObject({ status: 404, type: 'general_route_not_found' });
      expect(error.message).toMatch(/^Route not found\. .*\(the endpoint http:\/\/127\.0\.0\.1:\d+(\/v2)? looks like it is missing \/v1\)$/);
    }
  });

  test('leaves the message alone when the endpoint has /v1, or the 404 is another one', async () => {
    const unknownRoute = await failureOf(server.endpoint, { ...getAccount, path: '/nowhere' });
    expect(unknownRoute.type).toBe('general_route_not_found');
    expect(unknownRoute.message).not.toContain('/v1');
    const notFound = await failureOf(`${server.endpoint}/`);
    expect(notFound).toMatchObject({ type: 'user_not_found', message: 'User with the requested ID could not be found.' });
  });
});
