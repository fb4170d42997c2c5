import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, signUpAndSignIn, type Api } from '../helpers/api.ts';

let emulator: RunningEmulator;
let api: Api;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, config: { projectId: 'bodies', buckets: [{ $id: 'b', name: 'B', $permissions: ['create("users")', 'read("users")'] }] } });
  api = await signUpAndSignIn(createApi(emulator.url, 'bodies'), 'uploader');
});
afterAll(async () => {
  await emulator.close();
});

/**
 * Posts a raw body to createFile as the signed-in user.
 *
 * @param body The body.
 * @param type The content type.
 *
 * @returns The status and JSON answer.
 */
async function post(body: string, type: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${emulator.url}/storage/buckets/b/files`, { method: 'POST', headers: { 'X-Appwrite-Project': 'bodies', Cookie: api.cookie, 'Content-Type': type }, body });
  return { status: response.status, body: await response.json() };
}

const boundary = 'aw-test-boundary';
const part = (disposition: string, content: string, type?: string) => `--${boundary}\r\nContent-Disposition: form-data; ${disposition}\r\n${type ? `Content-Type: ${type}\r\n` : ''}\r\n${content}\r\n`;

// Which createFile bodies Appwrite 1.5 takes: a multipart `file` part with a file name; its checks run in its order.
describe('createFile bodies', () => {
  it('a FormData sent as text ("[object FormData]", what node-fetch 2 makes of one) lacks fileId first, as in Appwrite', async () => {
    const answer = await post('[object FormData]', 'text/plain;charset=UTF-8');
    expect([answer.status, answer.body.type, answer.body.message]).toEqual([400, 'general_argument_invalid', 'Param "fileId" is not optional.']);
  });

  it('a `file` part without a file name is a plain field, so no file was sent', async () => {
    const answer = await post(`${part('name="fileId"', 'unique()')}${part('name="file"', 'hello')}--${boundary}--\r\n`, `multipart/form-data; boundary=${boundary}`);
    expect([answer.status, answer.body.type]).toEqual([400, 'storage_file_empty']);
  });

  it('a `file` part with a file name is a file, with or without its own content type', async () => {
    for (const type of [undefined, 'text/plain']) {
      const answer = await post(`${part('name="fileId"', 'unique()')}${part('name="file"; filename="hello.txt"', 'hello', type)}--${boundary}--\r\n`, `multipart/form-data; boundary=${boundary}`);
      expect([answer.status, answer.body.name, answer.body.sizeOriginal]).toEqual([201, 'hello.txt', 5]);
    }
  });
});
