// A loopback HTTP server for request tests: records what each request carried and answers
// with canned replies. Listens on 127.0.0.1 only, on a port the OS picks.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the server received it. */
export interface ReceivedRequest {
  /** The HTTP method. */
  readonly method: string;
  /** The raw (still encoded) path, without the query string. */
  readonly path: string;
  /** The decoded query pairs, sorted by key. */
  readonly query: [string, string][];
  /** The lower-cased request headers. */
  readonly headers: IncomingHttpHeaders;
  /** The raw body. */
  readonly body: Buffer;
  /** Parses the body as JSON. */
  json(): unknown;
  /** Parses the body as `multipart/form-data`. */
  form(): Promise<FormData>;
}

/** The answer the server gives to the next requests. */
export interface Reply {
  /** The status code. */
  readonly status: number;
  /** A JSON body. */
  readonly json?: unknown;
  /** A raw body. */
  readonly body?: Buffer;
  /** The content type of a raw body. */
  readonly type?: string;
}

/** A loopback HTTP server that records requests and answers with a set reply. */
export interface TestServer {
  /** The base URL, such as `http://127.0.0.1:40123`. */
  readonly url: string;
  /** The requests received since the last reset. */
  readonly requests: ReceivedRequest[];
  /** Sets the reply. */
  reply(reply: Reply): void;
  /** Returns the one request received, failing when there were more or none. */
  only(): ReceivedRequest;
  /** Forgets requests and the reply. */
  reset(): void;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Starts a test server on 127.0.0.1 with a free port.
 *
 * @returns The running server.
 */
export async function startTestServer(): Promise<TestServer> {
  const requests: ReceivedRequest[] = [];
  let next: Reply = { status: 200, json: {} };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const headers = req.headers;
      requests.push({
        method: req.method ?? '',
        path: (req.url ?? '/').split('?')[0] ?? '/',
        query: [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        headers,
        body,
        json: () => JSON.parse(body.toString('utf8')),
        form: () => new Response(body, { headers: { 'content-type': String(headers['content-type']) } }).formData(),
      });
      if (next.json !== undefined) {
        res.writeHead(next.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(next.json));
      } else {
        res.writeHead(next.status, next.type ? { 'content-type': next.type } : {});
        res.end(next.body);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    reply: (reply) => {
      next = reply;
    },
    only: () => {
      if (requests.length !== 1) throw new Error(`expected 1 request, got ${requests.length}`);
      return requests[0] as ReceivedRequest;
    },
    reset: () => {
      requests.length = 0;
      next = { status: 200, json: {} };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
