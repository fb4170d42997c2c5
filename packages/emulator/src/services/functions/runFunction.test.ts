import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runFunction, type FunctionRequest } from './runFunction.ts';

const file = fileURLToPath(new URL('./testing/hello.mjs', import.meta.url));

function request(path: string, extra: Partial<FunctionRequest> = {}): FunctionRequest {
  return {
    bodyRaw: '', headers: {}, method: 'GET', host: 'localhost', scheme: 'http', query: {}, queryString: '', port: 80,
    url: `http://localhost${path}`, path, ...extra,
  };
}

describe('runFunction', () => {
  it('gives the function req, res, log and error', async () => {
    const result = await runFunction(
      file,
      request('/echo', { method: 'POST', bodyRaw: '{"a":1}', headers: { 'content-type': 'application/json', 'x-test': 't' }, query: { q: '1' }, queryString: 'q=1' }),
      { APPWRITE_FUNCTION_ID: 'hello' },
      5,
    );
    expect(result.statusCode).toBe(200);
    expect(result.headers['content-type']).toBe('application/json');
    expect(JSON.parse(result.body)).toEqual({ method: 'POST', path: '/echo', query: { q: '1' }, body: { a: 1 }, bodyRaw: '{"a":1}', header: 't', user: null, env: 'hello' });
    expect(result.logs).toContain('path /echo');
    expect(result.logs).toContain('native');
    expect(result.errors).toBe('a warning');
    expect(result.duration).toBeGreaterThan(0);
  });

  it.each([
    ['/text', 201, 'plain', { 'x-custom': 'yes' }],
    ['/redirect', 302, '', { location: 'https://example.com/x' }],
    ['/empty', 204, '', {}],
  ])('answers %s', async (path, status, body, headers) => {
    const result = await runFunction(file, request(path), {}, 5);
    expect([result.statusCode, result.body]).toEqual([status, body]);
    expect(result.headers).toEqual(headers);
  });

  it('reports thrown errors and missing returns as 500', async () => {
    const thrown = await runFunction(file, request('/fail'), {}, 5);
    expect([thrown.statusCode, thrown.errors]).toEqual([500, expect.stringContaining('boom')]);
    const missing = await runFunction(file, request('/nothing'), {}, 5);
    expect([missing.statusCode, missing.errors]).toEqual([500, expect.stringContaining('Return statement missing')]);
  });

  it('stops a run at its timeout', async () => {
    const result = await runFunction(file, request('/slow'), {}, 0.3);
    expect(result.timedOut).toBe(true);
    expect(result.duration).toBeLessThan(3);
  });
});
