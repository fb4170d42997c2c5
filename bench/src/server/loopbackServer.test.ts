import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from './startServer.mjs';

describe('loopback server (child process)', () => {
  let server: { endpoint: string; stop: () => Promise<void> };
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('listens on 127.0.0.1 and serves the canned bodies', async () => {
    expect(server.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const list = await fetch(`${server.endpoint}/databases/main/collections/todos/documents?queries[0]=x`);
    const text = await list.text();
    expect(list.status).toBe(200);
    expect(text.length).toBeGreaterThan(17_000);
    expect(text.length).toBeLessThan(21_000);
    expect(JSON.parse(text).documents).toHaveLength(25);
    const login = await fetch(`${server.endpoint}/account/sessions/email`, { method: 'POST', body: '{}' });
    expect(login.status).toBe(201);
    expect((await fetch(`${server.endpoint}/nope`)).status).toBe(404);
  });

  it('follows the chunked upload protocol: same id across chunks, done at the last byte', async () => {
    const url = `${server.endpoint}/storage/buckets/photos/files`;
    const send = async (range: string, id?: string) => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(10)]), 'a.bin');
      const headers: Record<string, string> = { 'content-range': range };
      if (id) headers['x-appwrite-id'] = id;
      return (await (await fetch(url, { method: 'POST', headers, body: form })).json()) as Record<string, number | string>;
    };
    const first = await send('bytes 0-9/20');
    expect(first.chunksUploaded).toBe(1);
    const last = await send('bytes 10-19/20', String(first.$id));
    expect(last.$id).toBe(first.$id);
    expect(last.sizeOriginal).toBe(20);
    expect(last.chunksUploaded).toBe(last.chunksTotal);
    expect(Number(last.benchReceived)).toBeGreaterThan(20);
  });
});
