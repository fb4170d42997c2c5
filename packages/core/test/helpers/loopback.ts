import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the loopback server received it. */
export interface SeenRequest {
  readonly method: string;
  /** The raw request target: path plus query string, exactly as sent. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** When the request arrived, from `performance.now()`. */
  readonly at: number;
}

/** A running loopback server. */
export interface Loopback {
  /** `http://127.0.0.1:<port>/v1`. */
  readonly endpoint: string;
  readonly host: string;
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

/** Answers one request; `index` counts requests from 0. */
export type Handler = (req: SeenRequest, res: ServerResponse, index: number) => unknown;

/**
 * Starts a real HTTP server on 127.0.0.1 and a free port, recording every request.
 *
 * @param handler Answers each request.
 *
 * @returns The running server.
 */
export async function startLoopback(handler: Handler): Promise<Loopback> {
  const seen: SeenRequest[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const record: SeenRequest = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks), at: performance.now() };
    seen.push(record);
    try {
      await handler(record, res, seen.length - 1);
    } catch (error) {
      if (!res.headersSent) res.writeHead(599);
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint: `http://${host}/v1`,
    host,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Sends a JSON answer.
 *
 * @param res The response.
 * @param status The status.
 * @param body The body, serialized as JSON.
 * @param headers Extra headers.
 */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Returns a port that was free a moment ago and has nothing listening on it.
 *
 * @returns The port.
 */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Waits a number of milliseconds.
 *
 * @param ms The wait.
 *
 * @returns A promise resolving after the wait.
 */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
