import { _defaultCookieStorage } from '../cookies/CookieStorage.ts';
import type { Client, ClientConfig } from './types.ts';

/**
 * Creates a client for one Appwrite project.
 *
 * The client is a frozen plain object with no methods: pass it as the first argument
 * of any operation. There is no global client, so one server process can serve many
 * users by deriving a client per request.
 *
 * @param config The client config.
 *
 * @returns The client.
 *
 * @example
 * ```ts
 * const client = createClient({ endpoint: 'https://cloud.appwrite.io/v1', project: 'my-project' });
 * ```
 */
// @__NO_SIDE_EFFECTS__
export function createClient(config: ClientConfig): Client {
  const { endpoint, project } = config;
  if (!/^https?:\/\//i.test(endpoint)) throw new TypeError(`createClient: endpoint must be an http(s) URL, got "${endpoint}"`);
  if (!project) throw new TypeError('createClient: project is required');
  return Object.freeze({
    endpoint: endpoint.replace(/\/+$/, ''),
    project,
    jwt: config.jwt,
    session: config.session,
    locale: config.locale,
    headers: Object.freeze({ ...config.headers }),
    fetch: config.fetch,
    timeout: config.timeout ?? 30_000,
    retry: config.retry ?? 2,
    cookieStorage: config.cookieStorage ?? _defaultCookieStorage(),
    responseValidators: config.responseValidators,
    maxResponseBytes: config.maxResponseBytes ?? 67_108_864, // 64 MiB
  });
}
