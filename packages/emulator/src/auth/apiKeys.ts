import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { fail } from '../errors/AppwriteException.ts';
import type { Caller } from '../server/context.ts';

/** The scopes an Appwrite 1.5 project API key can be given (app/config/scopes.php at 1.5.11). */
export const KEY_SCOPES: readonly string[] = [
  'sessions.write', 'users.read', 'users.write', 'teams.read', 'teams.write', 'databases.read', 'databases.write',
  'collections.read', 'collections.write', 'attributes.read', 'attributes.write', 'indexes.read', 'indexes.write',
  'documents.read', 'documents.write', 'files.read', 'files.write', 'buckets.read', 'buckets.write',
  'functions.read', 'functions.write', 'execution.read', 'execution.write', 'locale.read', 'avatars.read', 'health.read',
  'providers.read', 'providers.write', 'messages.read', 'messages.write', 'topics.read', 'topics.write',
  'subscribers.read', 'subscribers.write', 'targets.read', 'targets.write', 'rules.read', 'rules.write',
  'migrations.read', 'migrations.write', 'vcs.read', 'vcs.write', 'assistant.read',
];

// Appwrite gives every key the scopes of its `apps` role on top of the key's own.
const APP_ROLE_SCOPES = ['global', 'health.read', 'graphql'];

/**
 * The role a request made with a valid key holds. Appwrite turns permission checks off for it; no
 * permission string can name it, because the emulator checks it before reading any permission list.
 */
export const APP_ROLE = 'apps';

/** A key declared at start: what it may do. The secret itself is kept only as a digest. */
export interface ApiKey {
  /** Scopes the key grants, with the `apps` role's own. */
  readonly scopes: ReadonlySet<string>;
}

/** The keys of one emulator: finds the key a request names. */
export interface Keyring {
  /** How many keys were declared. */
  readonly size: number;
  /**
   * Finds the key with this secret, comparing digests in constant time against every key.
   *
   * @param secret The `X-Appwrite-Key` header.
   *
   * @returns The key, or undefined for an unknown secret.
   */
  find(secret: string): ApiKey | undefined;
}

// Long enough for Appwrite's own 256-character secrets, short enough to bound the work per request.
const MAX_SECRET_LENGTH = 512;
const SECRET_PATTERN = /^[\x21-\x2b\x2d-\x39\x3b-\x7e]+$/;

/** A key declaration the emulator refuses (bad scope, empty or duplicate secret). */
export class KeySpecError extends Error {
  /**
   * Creates the error.
   *
   * @param message What is wrong, never quoting the secret.
   */
  constructor(message: string) {
    super(message);
    this.name = 'KeySpecError';
  }
}

/**
 * Reads one key declaration: `secret` (every scope) or `secret:scope,scope`.
 *
 * @param spec The declaration, as given to `--key` or `startEmulator({ keys })`.
 * @param index Its position, to name it in errors without quoting the secret.
 *
 * @returns The secret and its scopes.
 *
 * @throws KeySpecError When the secret is empty, too long or holds spaces, commas or colons, or a scope is unknown.
 */
export function parseKeySpec(spec: string, index = 0): { secret: string; scopes: string[] } {
  const colon = spec.indexOf(':');
  const secret = colon === -1 ? spec : spec.slice(0, colon);
  const which = `key #${index + 1}`;
  if (!secret) throw new KeySpecError(`${which} has an empty secret; write it as <secret> or <secret>:<scope>,<scope>.`);
  if (secret.length > MAX_SECRET_LENGTH) throw new KeySpecError(`${which}: the secret is longer than ${MAX_SECRET_LENGTH} characters.`);
  if (!SECRET_PATTERN.test(secret)) throw new KeySpecError(`${which}: the secret may hold printable ASCII characters except spaces, commas and colons.`);
  if (colon === -1) return { secret, scopes: [...KEY_SCOPES] };
  const scopes = spec
    .slice(colon + 1)
    .split(',')
    .map((scope) => scope.trim())
    .filter(Boolean);
  if (scopes.length === 0) throw new KeySpecError(`${which} lists no scope after the colon; leave out the colon to give it every scope.`);
  const unknown = scopes.filter((scope) => !KEY_SCOPES.includes(scope));
  if (unknown.length > 0) {
    throw new KeySpecError(`${which}: unknown scope ${unknown.map((s) => `"${s.slice(0, 40)}"`).join(', ')}; Appwrite 1.5 scopes are ${KEY_SCOPES.join(', ')}.`);
  }
  return { secret, scopes: [...new Set(scopes)] };
}

/**
 * Creates the keyring of an emulator from key declarations.
 *
 * @param specs The declarations (`secret` or `secret:scope,scope`).
 *
 * @returns The keyring.
 *
 * @throws KeySpecError When a declaration is invalid or two keys share a secret.
 */
export function createKeyring(specs: readonly string[] = []): Keyring {
  const entries: Array<{ digest: Buffer; key: ApiKey }> = [];
  specs.forEach((spec, index) => {
    if (typeof spec !== 'string') throw new KeySpecError(`key #${index + 1} is not a string.`);
    const { secret, scopes } = parseKeySpec(spec, index);
    const digest = digestOf(secret);
    if (entries.some((entry) => entry.digest.equals(digest))) throw new KeySpecError(`key #${index + 1} repeats the secret of an earlier key.`);
    entries.push({ digest, key: Object.freeze({ scopes: new Set([...APP_ROLE_SCOPES, ...scopes]) }) });
  });
  return {
    size: entries.length,
    find(secret) {
      const digest = digestOf(secret);
      let found: ApiKey | undefined;
      // Every key is compared, so the time taken does not tell which one (or whether any) matched.
      for (const entry of entries) if (timingSafeEqual(entry.digest, digest) && !found) found = entry.key;
      return found;
    },
  };
}

/**
 * Turns a resolved caller into the server caller when the request carries a known key, as Appwrite's
 * API controller does: a key with a signed-in session is refused, an unknown key is ignored.
 *
 * @param c The Hono context.
 * @param caller The caller resolved from sessions and JWTs.
 * @param keyring The emulator's keys.
 *
 * @returns The caller to use.
 */
export function applyApiKey(c: Context, caller: Caller, keyring: Keyring): Caller {
  const secret = c.req.header('x-appwrite-key');
  if (!secret) return caller;
  if (caller.user) fail('user_key_and_session_set', 'A request may carry an API key or a session, not both: use setKey or setSession.');
  const key = keyring.find(secret);
  if (!key) return caller;
  return { user: null, session: null, roles: [APP_ROLE], key };
}

/**
 * Creates a caller that acts as the server with every scope, as a request with an unrestricted API
 * key does: for the emulator's own tools (the console, seeding), which go through the same routes
 * and model functions as the API.
 *
 * @returns The caller.
 */
export function serverCaller(): Caller {
  return { user: null, session: null, roles: [APP_ROLE], key: { scopes: new Set([...APP_ROLE_SCOPES, ...KEY_SCOPES]) } };
}

/**
 * Tells whether a role list is the one of a request made with an API key (permissions do not apply).
 *
 * @param roles The caller's roles.
 *
 * @returns Whether the caller acts as the server.
 */
export function isServerRoles(roles: readonly string[]): boolean {
  return roles.length === 1 && roles[0] === APP_ROLE;
}

/**
 * Fails with Appwrite's 401 when a key lacks the scope a route needs.
 *
 * @param c The Hono context (its host names the key's service address in the message).
 * @param projectId The project id.
 * @param key The key.
 * @param scope The route's scope.
 */
export function checkKeyScope(c: Context, projectId: string, key: ApiKey, scope: string): void {
  if (key.scopes.has(scope)) return;
  let hostname = 'localhost';
  try {
    hostname = new URL(c.req.url).hostname;
  } catch {
    // keep the default
  }
  fail('general_unauthorized_scope', `app.${projectId}@service.${hostname} (role: applications) missing scope (${scope})`);
}

/**
 * Creates the digest a secret is compared by.
 *
 * @param secret The secret.
 *
 * @returns Its sha256.
 */
function digestOf(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}
