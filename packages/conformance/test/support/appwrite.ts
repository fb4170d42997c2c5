import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect as vitestExpect } from 'vitest';
import { issueToken, startEmulator, toTokenModel, toUserModel, type RunningEmulator } from '@aw/emulator';
import { databaseSchemaApi } from './schemaApi.ts';

/**
 * The assertion function of the ported tests: soft, like a list of PHPUnit asserts that a failure
 * does not stop, so every ported assertion is counted as passed or failed.
 */
export const expect = vitestExpect.soft;

/** What the PHP test client returns: lower-case headers plus `status-code`, cookies, and the body. */
export interface CallResult {
  headers: Record<string, string> & { 'status-code': number };
  cookies: Record<string, string>;
  body: any;
}

/** A running emulator with the conformance fixture, one per test file. */
export interface Harness {
  /** The emulator. */
  emulator: RunningEmulator;
  /** The fixture's project id. */
  projectId: string;
  /** The API endpoint, e.g. `http://127.0.0.1:1234/v1`. */
  endpoint: string;
}

const fixture = fileURLToPath(new URL('../../fixtures/appwrite.json', import.meta.url));
let harness: Harness | undefined;

/**
 * Starts an emulator with `fixtures/appwrite.json` before the file's tests and stops it after them
 * (Appwrite's e2e tests create these resources with an API key; here the fixture declares them).
 *
 * @returns A getter for the running harness.
 */
export function useEmulator(): () => Harness {
  beforeAll(async () => {
    const emulator = await startEmulator({ rateLimits: false, config: fixture });
    harness = { emulator, projectId: emulator.projectId, endpoint: emulator.url };
  });
  afterAll(async () => {
    await harness?.emulator.close();
    harness = undefined;
  });
  return () => {
    if (!harness) throw new Error('emulator not started');
    return harness;
  };
}

/**
 * The project id of the running harness (PHP: `$this->getProject()['$id']`).
 *
 * @returns The id.
 */
export function projectId(): string {
  if (!harness) throw new Error('emulator not started');
  return harness.projectId;
}

/**
 * Encodes parameters the way PHP's `http_build_query` does (`a[0]=x`, `a[b]=y`, booleans as 1/0).
 *
 * @param params The parameters.
 * @param prefix The key prefix of nested values.
 *
 * @returns The query string.
 */
export function buildQuery(params: Record<string, unknown>, prefix?: string): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    const name = prefix ? `${prefix}[${key}]` : key;
    if (value === null || value === undefined) continue;
    if (typeof value === 'object') parts.push(buildQuery(value as Record<string, unknown>, name));
    else parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(typeof value === 'boolean' ? (value ? '1' : '0') : String(value))}`);
  }
  return parts.filter(Boolean).join('&');
}

/**
 * Sends one request like the PHP e2e client (tests/e2e/Client.php): GET parameters in the query,
 * other bodies as JSON, multipart (when a value is a Blob) or url-encoded, per the `content-type` header.
 *
 * @param method The HTTP method.
 * @param path The path below /v1.
 * @param headers Request headers.
 * @param params Parameters.
 *
 * @returns Headers (lower-case, plus `status-code`), cookies and the decoded body.
 */
export async function call(method: string, path: string, headers: Record<string, string> = {}, params: any = {}, _decode = true): Promise<CallResult> {
  if (!harness) throw new Error('emulator not started');
  if (headers['x-appwrite-key']) return await serverApi(method, path, params);
  const sendHeaders: Record<string, string> = { ...headers };
  let url = `${harness.endpoint}${path}`;
  let body: BodyInit | undefined;
  if (method === 'GET') {
    const query = buildQuery(params);
    if (query) url += `?${query}`;
  } else {
    const type = sendHeaders['content-type'];
    // PHP's curl client sends a file parameter as multipart whatever content type the test names.
    if (type === 'multipart/form-data' || (params !== null && typeof params === 'object' && Object.values(params).some((value) => value instanceof Blob))) {
      delete sendHeaders['content-type'];
      const form = new FormData();
      const add = (value: unknown, name: string): void => {
        if (value instanceof Blob) form.append(name, value, value instanceof File ? value.name : 'blob');
        else if (Array.isArray(value)) value.forEach((item, index) => add(item, `${name}[${index}]`));
        else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) add(item, `${name}[${key}]`);
        else if (value !== undefined && value !== null) form.append(name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
      };
      for (const [key, value] of Object.entries(params)) add(value, key);
      body = form;
    } else if (type === 'application/json') {
      body = JSON.stringify(params);
    } else {
      sendHeaders['content-type'] ??= 'application/x-www-form-urlencoded';
      body = buildQuery(params);
    }
  }
  // The PHP client (curl) always sends this browser user agent.
  sendHeaders['user-agent'] ??= 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.77 Safari/537.36';
  const response = await fetch(url, { method, headers: sendHeaders, body, redirect: 'manual' });
  const out: CallResult = { headers: { 'status-code': response.status } as CallResult['headers'], cookies: {}, body: undefined };
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') out.headers[key] = value;
  });
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    out.cookies[pair!.slice(0, at).trim()] = decodeURIComponent(pair!.slice(at + 1).trim());
    out.headers['set-cookie'] = line;
  }
  const type = response.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await response.arrayBuffer());
  out.body = type.startsWith('application/json') ? JSON.parse(bytes.toString('utf8')) : type.startsWith('text/') || bytes.length === 0 ? bytes.toString('utf8') : bytes;
  return out;
}

/** A signed-in user of the side-client scope (PHP: `$this->getUser()`). */
export interface TestUser {
  $id: string;
  name: string;
  email: string;
  session: string;
  sessionId: string;
}

const users = new Map<string, TestUser>();

/**
 * Creates (once per project) the user every side-client test runs as, signed in with email and password.
 *
 * @returns The user with its session cookie value.
 */
export async function getUser(): Promise<TestUser> {
  const project = projectId();
  const known = users.get(`${harness!.endpoint}/${project}`);
  if (known) return known;
  const email = `${uniqid()}user@localhost.test`;
  const user = await call('POST', '/account', { origin: 'http://localhost', 'content-type': 'application/json', 'x-appwrite-project': project }, {
    // adapted: a fixed id (PHP: ID::unique()), so fixtures/appwrite.json can grant this user permissions.
    userId: 'conformance-user', email, password: 'password', name: 'User Name',
  });
  vitestExpect(user.headers['status-code']).toBe(201);
  const session = await call('POST', '/account/sessions/email', { origin: 'http://localhost', 'content-type': 'application/json', 'x-appwrite-project': project }, { email, password: 'password' });
  const created: TestUser = {
    $id: user.body.$id, name: user.body.name, email: user.body.email, session: session.cookies[`a_session_${project}`]!, sessionId: session.body.$id,
  };
  users.set(`${harness!.endpoint}/${project}`, created);
  return created;
}

/**
 * The side-client headers (PHP `SideClient::getHeaders`): an origin and the test user's session cookie.
 *
 * @returns The headers.
 */
export async function getHeaders(): Promise<Record<string, string>> {
  const user = await getUser();
  return { origin: 'http://localhost', cookie: `a_session_${projectId()}=${user.session}` };
}

/**
 * A unique-enough id like PHP's `uniqid()` (13 hex characters).
 *
 * @returns The id.
 */
export function uniqid(): string {
  return (Date.now().toString(16) + randomBytes(4).toString('hex')).slice(0, 13);
}

/** An email in the shape the PHP tests read from maildev. */
export interface MaildevEmail {
  to: Array<{ address: string; name: string }>;
  subject: string;
  text: string;
  html: string;
}

/**
 * The last emails the emulator would have sent (PHP: `getLastEmail()` reads them from maildev).
 * adapted: read from the emulator's outbox and shaped like maildev's JSON.
 *
 * @param limit How many (1 returns one email, more returns a list).
 *
 * @returns The newest email, or the newest `limit` emails.
 */
export function getLastEmail(limit = 1): any {
  if (!harness) throw new Error('emulator not started');
  const emails = harness.emulator.outbox.list({}).filter((m) => m.channel === 'email').map((m): MaildevEmail => ({
    to: [{ address: m.to, name: m.data.name ?? '' }], subject: m.subject, text: m.text, html: m.data.html ?? m.text,
  }));
  return limit === 1 ? emails.at(-1) : emails.slice(-limit).reverse();
}

/**
 * The last SMS the emulator would have sent.
 *
 * @returns The newest SMS outbox message.
 */
export function getLastSms() {
  if (!harness) throw new Error('emulator not started');
  return harness.emulator.outbox.list({}).filter((m) => m.channel === 'sms').at(-1);
}

/**
 * Reads the width and height of a PNG from its header.
 *
 * @param bytes The PNG bytes.
 *
 * @returns Width, height and format (`PNG` when the signature matches).
 */
export function imageInfo(bytes: Buffer): { width: number; height: number; format: string } {
  const isPng = bytes.subarray(1, 4).toString('latin1') === 'PNG';
  return isPng ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), format: 'PNG' } : { width: 0, height: 0, format: 'unknown' };
}

/** The known differences met by the running test (moved into the test's meta after it). */
export const knownDifferencesOfCurrentTest: string[] = [];

/**
 * Runs an assertion that is known to fail against the emulator because the environment differs from
 * a real Appwrite (listed with its reason in packages/emulator/CONTRACT.md). The failure is counted as
 * a failed assertion without failing the test; if the assertion starts passing, the test fails so the
 * entry gets removed.
 *
 * @param reason Why the emulator differs.
 * @param assertion The assertion, written with the (hard) `expect` it receives.
 */
export function knownDifference(reason: string, assertion: (hardExpect: typeof vitestExpect) => void): void {
  try {
    assertion(vitestExpect);
  } catch {
    knownDifferencesOfCurrentTest.push(reason);
    return;
  }
  throw new Error(`a known difference no longer differs, remove its marker: ${reason}`);
}

// ---- PHP and Utopia helpers the ported tests call -----------------------------------------------

/** PHP's `empty()`. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '' || value === '0') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (Buffer.isBuffer(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/** PHP's `is_array()`: JSON arrays and objects both decode to PHP arrays. */
export function isArray(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Buffer.isBuffer(value);
}

/** PHP's `is_numeric()`. */
export function isNumeric(value: unknown): boolean {
  return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));
}

/** PHP's `count()`. */
export function count(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length;
  return value === null || value === undefined ? 0 : 1;
}

/** PHP's `array_merge()` of header or parameter arrays. */
export function array_merge(...parts: any[]): any {
  if (parts.every((part) => Array.isArray(part))) return parts.flat();
  return Object.assign({}, ...parts.map((part) => (Array.isArray(part) && part.length === 0 ? {} : part)));
}

/** PHP's `strpos()` (false when missing). */
export function strpos(haystack: string, needle: string, offset = 0): any {
  const at = haystack.indexOf(needle, offset);
  return at === -1 ? false : at;
}

/** PHP's `substr()`. */
export function substr(text: string, start: number | false, length?: number): string {
  const from = Number(start);
  return length === undefined ? text.slice(from) : text.slice(from, from + length);
}

/** PHP's `strlen()` in bytes. */
export function strlen(value: string | Buffer): number {
  return typeof value === 'string' ? Buffer.byteLength(value) : value.length;
}

/** PHP's `sleep()`. */
export function sleep(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

/** Utopia's `ID`. */
export const ID = {
  // Like Utopia's ID::unique(): a real id made on the client (uniqid plus random padding).
  unique: (padding = 7): string => uniqid() + randomBytes(padding).toString('hex').slice(0, padding),
  custom: (id: string): string => id,
};

type QueryValue = string | number | boolean | null;
const q = (method: string, attribute?: string, values?: QueryValue[]): string =>
  JSON.stringify({ method, ...(attribute !== undefined ? { attribute } : {}), ...(values !== undefined ? { values } : {}) });
const list = (values: QueryValue | QueryValue[]): QueryValue[] => (Array.isArray(values) ? values : [values]);
const idOf = (document: string | { $id: string }): string => (typeof document === 'string' ? document : document.$id);

/** Utopia's `Query`, already serialized the way `->toString()` does. */
export const Query = {
  equal: (attribute: string, values: QueryValue | QueryValue[]) => q('equal', attribute, list(values)),
  notEqual: (attribute: string, value: QueryValue | QueryValue[]) => q('notEqual', attribute, list(value)),
  lessThan: (attribute: string, value: QueryValue) => q('lessThan', attribute, [value]),
  lessThanEqual: (attribute: string, value: QueryValue) => q('lessThanEqual', attribute, [value]),
  greaterThan: (attribute: string, value: QueryValue) => q('greaterThan', attribute, [value]),
  greaterThanEqual: (attribute: string, value: QueryValue) => q('greaterThanEqual', attribute, [value]),
  search: (attribute: string, value: string) => q('search', attribute, [value]),
  isNull: (attribute: string) => q('isNull', attribute, []),
  isNotNull: (attribute: string) => q('isNotNull', attribute, []),
  between: (attribute: string, start: QueryValue, end: QueryValue) => q('between', attribute, [start, end]),
  startsWith: (attribute: string, value: string) => q('startsWith', attribute, [value]),
  endsWith: (attribute: string, value: string) => q('endsWith', attribute, [value]),
  contains: (attribute: string, values: QueryValue | QueryValue[]) => q('contains', attribute, list(values)),
  select: (attributes: string[]) => q('select', undefined, attributes),
  orderAsc: (attribute = '') => q('orderAsc', attribute),
  orderDesc: (attribute = '') => q('orderDesc', attribute),
  limit: (value: number) => q('limit', undefined, [value]),
  offset: (value: number) => q('offset', undefined, [value]),
  cursorAfter: (document: string | { $id: string }) => q('cursorAfter', undefined, [idOf(document)]),
  cursorBefore: (document: string | { $id: string }) => q('cursorBefore', undefined, [idOf(document)]),
  or: (queries: string[]) => JSON.stringify({ method: 'or', values: queries.map((query) => JSON.parse(query)) }),
  and: (queries: string[]) => JSON.stringify({ method: 'and', values: queries.map((query) => JSON.parse(query)) }),
};

/** Utopia's `Role`. */
export const Role = {
  any: () => 'any',
  guests: () => 'guests',
  users: (status = '') => (status ? `users/${status}` : 'users'),
  user: (id: string, status = '') => (status ? `user:${id}/${status}` : `user:${id}`),
  team: (id: string, role = '') => (role ? `team:${id}/${role}` : `team:${id}`),
  member: (id: string) => `member:${id}`,
  label: (label: string) => `label:${label}`,
};

/** Utopia's `Permission`. */
export const Permission = {
  read: (role: string) => `read("${role}")`,
  create: (role: string) => `create("${role}")`,
  update: (role: string) => `update("${role}")`,
  delete: (role: string) => `delete("${role}")`,
  write: (role: string) => `write("${role}")`,
};

/** Utopia's `Datetime` validator (as used by the tests: any parseable date-time string). */
export class DatetimeValidator {
  /**
   * Checks a date-time string.
   *
   * @param value The value.
   *
   * @returns Whether it parses as a date-time.
   */
  isValid(value: unknown): boolean {
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value));
  }
}

/** Alias used by some tests. */
export const DateTimeValidator = DatetimeValidator;

/** The fixture project (PHP: `$this->getProject()`); the API key is a stand-in that `call` routes to `serverApi`. */
export function getProject(): { $id: string; name: string; apiKey: string } {
  return { $id: projectId(), name: 'Conformance', apiKey: 'emulated-server-key' };
}

/**
 * adapted: the few server-API (API key) calls the client tests make (`/users` endpoints), answered from the
 * emulator's state, since the emulator serves the client API only.
 *
 * @param method The HTTP method.
 * @param path The path.
 * @param params The parameters.
 *
 * @returns A PHP-client-shaped result.
 */
async function serverApi(method: string, path: string, params: any): Promise<CallResult> {
  const { tables } = harness!.emulator.context;
  const answer = (status: number, body: unknown): CallResult => ({ headers: { 'status-code': status } as CallResult['headers'], cookies: {}, body });
  const one = /^\/users\/([^/]+)(\/status)?$/.exec(path);
  if (one) {
    const user = tables.users.get(one[1]!);
    if (!user) return answer(404, { type: 'user_not_found', code: 404, message: 'User not found' });
    if (method === 'PATCH' && one[2]) tables.users.put(user.$id, { ...user, status: Boolean(params.status) });
    return answer(200, toUserModel(tables.users.get(one[1]!)!, tables));
  }
  if (path === '/users' && method === 'GET') {
    const words = String(params.search ?? '').toLowerCase().replace(/"/g, '').split(/\s+/).filter(Boolean);
    const users = tables.users.all().filter((user) => words.every((word) => [user.$id, user.email, user.name, user.phone].some((field) => String(field ?? '').toLowerCase().includes(word))));
    return answer(200, { total: users.length, users: users.map((user) => toUserModel(user, tables)) });
  }
  if (path === '/storage/buckets' && method === 'POST') {
    // adapted: a bucket the PHP test creates with the server API becomes an entry of the project config, as appwrite.json would declare it.
    const { config } = harness!.emulator.context;
    const $id = params.bucketId === 'unique()' ? ID.unique() : String(params.bucketId);
    const bucket = {
      $id, name: String(params.name), $permissions: expandWrite(params.permissions ?? []), fileSecurity: Boolean(params.fileSecurity ?? false), enabled: params.enabled ?? true,
      maximumFileSize: Number(params.maximumFileSize ?? 30000000), allowedFileExtensions: params.allowedFileExtensions ?? [],
      compression: String(params.compression ?? 'none'), encryption: Boolean(params.encryption ?? true), antivirus: Boolean(params.antivirus ?? true),
    };
    config.buckets.push(bucket as (typeof config.buckets)[number]);
    return answer(201, { ...bucket, $createdAt: new Date().toISOString(), $updatedAt: new Date().toISOString() });
  }
  const files = /^\/storage\/buckets\/([^/]+)\/files$/.exec(path);
  if (files && method === 'POST') {
    // adapted: a file the PHP test uploads with an API key is uploaded by the test user through the real endpoint, with the
    // bucket's create permission opened for that one request (the requested permissions must be roles that user holds).
    const bucket = harness!.emulator.context.config.buckets.find((b) => b.$id === files[1]);
    if (!bucket) return answer(404, { type: 'storage_bucket_not_found', code: 404, message: 'Bucket not found' });
    const saved = bucket.$permissions;
    bucket.$permissions = [...(saved ?? []), 'create("any")'];
    try {
      return await call('POST', path, { 'content-type': 'multipart/form-data', 'x-appwrite-project': projectId(), ...(await getHeaders()) }, params);
    } finally {
      bucket.$permissions = saved;
    }
  }
  const indexes = /^\/databases\/([^/]+)\/collections\/([^/]+)\/indexes$/.exec(path);
  if (indexes && method === 'POST') {
    // adapted: an index the PHP test adds with the server API joins the collection in the project config, as appwrite.json declares indexes.
    const collection = harness!.emulator.context.config.collections.find((c) => c.databaseId === indexes[1] && c.$id === indexes[2]);
    if (!collection) return answer(404, { type: 'collection_not_found', code: 404, message: 'Collection not found' });
    const index = { key: String(params.key), type: String(params.type), attributes: params.attributes as string[], orders: (params.orders as string[] | undefined) ?? [] };
    (collection.indexes ??= []).push(index);
    return answer(202, { ...index, status: 'available' });
  }
  const tokens = /^\/users\/([^/]+)\/tokens$/.exec(path);
  if (tokens && method === 'POST') {
    if (!tables.users.get(tokens[1]!)) return answer(404, { type: 'user_not_found', code: 404, message: 'User not found' });
    const { token, secret } = issueToken(harness!.emulator.context, tokens[1]!, 'email', Number(params.expire ?? 900));
    return answer(201, { ...toTokenModel(token), secret });
  }
  const documents = /^\/databases\/([^/]+)\/collections\/([^/]+)\/documents$/.exec(path);
  if (documents && method === 'POST') {
    // adapted: a document the PHP test writes with an API key (which skips permissions) is written by the test user through the
    // real endpoint, with create, read and update opened on the database's collections for that one request.
    const { config } = harness!.emulator.context;
    const opened = config.collections.filter((c) => c.databaseId === documents[1]);
    const saved = opened.map((c) => c.$permissions);
    for (const c of opened) c.$permissions = [...(c.$permissions ?? []), 'create("any")', 'read("any")', 'update("any")'];
    try {
      return await call('POST', path, { 'content-type': 'application/json', 'x-appwrite-project': projectId(), ...(await getHeaders()) }, params);
    } finally {
      opened.forEach((c, i) => { c.$permissions = saved[i]; });
    }
  }
  const schema = databaseSchemaApi(harness!.emulator.context, method, path, params);
  if (schema) return answer(schema.status, schema.body);
  throw new Error(`server API call not emulated: ${method} ${path}`);
}

/**
 * The last SMS, shaped like the request Appwrite's test SMS provider receives (PHP: `getLastRequest()`).
 *
 * @returns `{ data: { to, message } }`.
 */
export function getLastRequest(): any {
  const sms = getLastSms();
  return { data: { to: sms?.to, message: sms?.text } };
}

/** PHP's `filter_var($ip, FILTER_VALIDATE_IP)`. */
export const FILTER_VALIDATE_IP = 'ip';
export function filter_var(value: string, _filter: string): string | false {
  return isIP(value) ? value : false;
}

/** PHP's `str_repeat()`. */
export function str_repeat(text: string, times: number): string {
  return text.repeat(times);
}

/** PHP's `urlencode()`. */
export function urlencode(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+').replace(/[!'()*~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** PHP's `\DateTime` plus Utopia's `DateTime` helpers, as far as the tests use them. */
export class DateTime {
  /** The wrapped date. */
  readonly date: Date;

  /**
   * Creates a date (now, or parsed from the text).
   *
   * @param text A date-time text.
   */
  constructor(text?: string) {
    this.date = text === undefined ? new Date() : new Date(text);
  }

  /**
   * Formats like Utopia's `DateTime::format` (`Y-m-d\TH:i:s.vP`, UTC).
   *
   * @param date The date.
   *
   * @returns The text.
   */
  static format(date: Date | DateTime): string {
    const value = date instanceof DateTime ? date.date : date;
    return value.toISOString().replace('Z', '+00:00');
  }

  /**
   * Adds seconds (Utopia's `DateTime::addSeconds`).
   *
   * @param date The date.
   * @param seconds Seconds to add.
   *
   * @returns The formatted result.
   */
  static addSeconds(date: Date | DateTime, seconds: number): string {
    const value = date instanceof DateTime ? date.date : date;
    return DateTime.format(new Date(value.getTime() + seconds * 1000));
  }

  /**
   * Formats with the zone offset (Utopia's `DateTime::formatTz`); UTC here.
   *
   * @param date A date or formatted date.
   *
   * @returns The text.
   */
  static formatTz(date: Date | DateTime | string): string {
    return typeof date === 'string' ? date : DateTime.format(date);
  }

  /**
   * Now, formatted (Utopia's `DateTime::now`).
   *
   * @returns The text.
   */
  static now(): string {
    return DateTime.format(new Date());
  }

  /**
   * Parses a date-time text (PHP's `DateTime::createFromFormat` with `Y-m-d\TH:i:s.uP`).
   *
   * @param _format The PHP format (only that one is used by the tests).
   * @param text The text.
   *
   * @returns The date, or false.
   */
  static createFromFormat(_format: string, text: unknown): Date | false {
    if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+[+-]\d{2}:\d{2}$/.test(text)) return false;
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? false : date;
  }
}

/** PHP's `explode()`. */
export function explode(separator: string, text: string): string[] {
  return String(text).split(separator);
}

/** PHP's `time()`. */
export function time(): number {
  return Math.floor(Date.now() / 1000);
}

/**
 * Checks that a server-side set-up call (done with an API key in PHP) worked. Not a ported assertion:
 * it fails the test loudly instead of counting.
 *
 * @param result The set-up call's result.
 */
export function requireSetup(result: CallResult): void {
  if (result.headers['status-code'] >= 300) throw new Error(`server-side setup failed: ${JSON.stringify(result.body)}`);
}

/**
 * Expands `write(role)` into update and delete (and create, for containers), as Appwrite does.
 *
 * @param permissions Permission strings.
 *
 * @returns The expanded list.
 */
function expandWrite(permissions: string[]): string[] {
  return [...new Set(permissions.flatMap((p) => {
    const m = /^write\((.*)\)$/.exec(p);
    return m ? [`create(${m[1]})`, `update(${m[1]})`, `delete(${m[1]})`] : [p];
  }))];
}

/** PHP's `array_key_exists()`. */
export function array_key_exists(key: string, value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key);
}
