import { Worker } from 'node:worker_threads';
import { WORKER_SOURCE } from './workerSource.ts';

/** The request a function receives. */
export interface FunctionRequest {
  /** The body as text. */
  bodyRaw: string;
  /** Lower-cased request headers. */
  headers: Record<string, string>;
  /** The HTTP method. */
  method: string;
  /** The host name. */
  host: string;
  /** `http` or `https`. */
  scheme: string;
  /** Parsed query parameters. */
  query: Record<string, string>;
  /** The raw query string. */
  queryString: string;
  /** The port. */
  port: number;
  /** The full URL. */
  url: string;
  /** The path without the query. */
  path: string;
}

/** What one run produced. */
export interface FunctionResult {
  /** The response status. */
  statusCode: number;
  /** The response body as text. */
  body: string;
  /** Lower-cased response headers. */
  headers: Record<string, string>;
  /** Everything logged with `log` (and console.log). */
  logs: string;
  /** Everything logged with `error`, plus thrown errors. */
  errors: string;
  /** Seconds the run took. */
  duration: number;
  /** Whether the run was stopped by its timeout. */
  timedOut: boolean;
}

/**
 * Creates a run of a function's entrypoint in a fresh worker thread (its own module cache and
 * environment), stopping it after `timeoutSeconds`.
 *
 * @param file Absolute path of the entrypoint.
 * @param request The request passed as `context.req`.
 * @param env Environment variables for the function.
 * @param timeoutSeconds The time limit.
 *
 * @returns The result; it never rejects.
 */
export function runFunction(file: string, request: FunctionRequest, env: Record<string, string>, timeoutSeconds: number): Promise<FunctionResult> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, request }, env: { ...process.env, ...env }, stdout: true, stderr: true });
    let settled = false;
    const finish = (result: Omit<FunctionResult, 'duration'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, duration: seconds() });
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      finish({ statusCode: 500, body: '', headers: {}, logs: '', errors: `Operation timed out after ${timeoutSeconds} seconds.`, timedOut: true });
    }, timeoutSeconds * 1000);
    worker.once('message', (message: Omit<FunctionResult, 'duration' | 'timedOut'>) => finish({ ...message, timedOut: false }));
    worker.once('error', (error) => finish({ statusCode: 500, body: '', headers: {}, logs: '', errors: error.stack ?? String(error), timedOut: false }));
    worker.once('exit', (code) => finish({ statusCode: 500, body: '', headers: {}, logs: '', errors: `The function exited with code ${code} before responding.`, timedOut: false }));
  });
}
