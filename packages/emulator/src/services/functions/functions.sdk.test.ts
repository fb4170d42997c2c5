import { fileURLToPath } from 'node:url';
import { Query, type Client } from '@aw/core';
import { getExecutionLog, listExecutions, triggerFunctionExecution } from '@aw/functions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../index.ts';
import { checkedAnswers, errorOf, sdkClient, signUp } from '../../../test/helpers/sdkClient.ts';

let emulator: RunningEmulator;
let alice: Client;
let guest: Client;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'functions-test',
      baseDir: fileURLToPath(new URL('./testing', import.meta.url)),
      functions: [
        { $id: 'hello', name: 'Hello', runtime: 'node-18.0', execute: ['any'], path: '.', entrypoint: 'hello.mjs', timeout: 3 },
        { $id: 'members', name: 'Members only', runtime: 'node-18.0', execute: ['users'], path: '.', entrypoint: 'hello.mjs' },
        { $id: 'python', name: 'Python', runtime: 'python-3.9', execute: ['any'], path: '.', entrypoint: 'main.py' },
        { $id: 'lost', name: 'Lost', runtime: 'node-18.0', execute: ['any'], path: '.', entrypoint: 'missing.js' },
      ],
    },
  });
  alice = sdkClient(emulator, await signUp(emulator, 'alice'));
  guest = sdkClient(emulator);
});

afterAll(async () => {
  await emulator?.close();
});

describe('functions through @aw/functions', () => {
  it('runs a synchronous execution with the request Appwrite passes', async () => {
    const execution = await triggerFunctionExecution(alice, {
      functionId: 'hello', body: '{"n":1}', path: '/echo?x=2', method: 'PUT', headers: { 'content-type': 'application/json', 'x-test': 'yes' },
    });
    expect(execution).toMatchObject({ functionId: 'hello', trigger: 'http', status: 'completed', requestMethod: 'PUT', requestPath: '/echo?x=2', responseStatusCode: 200 });
    expect(JSON.parse(execution.responseBody)).toEqual({
      method: 'PUT', path: '/echo', query: { x: '2' }, body: { n: 1 }, bodyRaw: '{"n":1}', header: 'yes', user: 'alice', env: 'hello',
    });
    expect(execution.responseHeaders).toContainEqual({ name: 'content-type', value: 'application/json' });
    // Clients never see logs, as in Appwrite; the emulator-only endpoint shows them.
    expect([execution.logs, execution.errors]).toEqual(['', '']);
    const full = await (await fetch(`${emulator.url}/__emulator/executions/${execution.$id}`)).json();
    expect(full.logs).toContain('path /echo');
    expect(execution.duration).toBeGreaterThan(0);
    expect(await getExecutionLog(alice, { functionId: 'hello', executionId: execution.$id })).toMatchObject({ $id: execution.$id, status: 'completed' });
  });

  it('marks failures and timeouts as failed', async () => {
    const failed = await triggerFunctionExecution(guest, { functionId: 'hello', path: '/fail' });
    expect([failed.status, failed.responseStatusCode]).toEqual(['failed', 500]);
    const slow = await triggerFunctionExecution(guest, { functionId: 'hello', path: '/slow' });
    expect([slow.status, slow.responseStatusCode]).toEqual(['failed', 500]);
    expect(slow.duration).toBeLessThan(8);
  });

  it('runs asynchronous executions in the background', async () => {
    const raw = await triggerFunctionExecution(alice, { functionId: 'hello', path: '/text', async: true }).raw();
    expect(raw.status).toBe(202);
    expect(raw.body.status).toBe('waiting');
    let current = raw.body;
    for (let attempt = 0; attempt < 150 && (current.status === 'waiting' || current.status === 'processing'); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      current = await getExecutionLog(alice, { functionId: 'hello', executionId: raw.body.$id });
    }
    expect([current.status, current.responseStatusCode, current.responseBody]).toEqual(['completed', 201, 'plain']);
    const listed = await listExecutions(alice, { functionId: 'hello', queries: [Query.equal('status', 'completed')] });
    expect(listed.executions.map((execution) => execution.$id)).toContain(raw.body.$id);
    expect(listed.total).toBe(2);
  });

  it('checks execute permissions, runtimes and entrypoints', async () => {
    expect((await errorOf(triggerFunctionExecution(guest, { functionId: 'members' }))).type).toBe('user_unauthorized');
    expect((await triggerFunctionExecution(alice, { functionId: 'members', path: '/empty' })).responseStatusCode).toBe(204);
    expect((await errorOf(triggerFunctionExecution(alice, { functionId: 'python' }))).type).toBe('function_runtime_unsupported');
    expect((await errorOf(triggerFunctionExecution(alice, { functionId: 'lost' }))).type).toBe('function_entrypoint_missing');
    expect((await errorOf(triggerFunctionExecution(alice, { functionId: 'nope' }))).type).toBe('function_not_found');
    // Guests' executions have no reader; other users cannot see alice's.
    expect((await errorOf(getExecutionLog(guest, { functionId: 'hello', executionId: 'nope' }))).type).toBe('execution_not_found');
    expect((await listExecutions(guest, { functionId: 'hello' })).total).toBe(0);
    expect(checkedAnswers.get('execution')).toBeGreaterThan(3);
    expect(checkedAnswers.get('executionList')).toBeGreaterThan(0);
  });
});
