import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createAdaptorServer } from '@hono/node-server';
import { applyApiKey, createKeyring } from './auth/apiKeys.ts';
import { resolveCaller } from './auth/resolveCaller.ts';
import { createClock, now, runWithClock, type ClockInput } from './clock/Clock.ts';
import { loadConfig } from './config/loadConfig.ts';
import type { ProjectConfig } from './config/types.ts';
import { createEventBus, type EventBus } from './events/EventBus.ts';
import { createOutbox, type Outbox } from './outbox/Outbox.ts';
import type { Caller, CoreTables, EmulatorContext, UpgradeHandler } from './server/context.ts';
import { createApp } from './server/createApp.ts';
import { importSnapshot, rememberProject } from './snapshot/importSnapshot.ts';
import { createRemoteAddressPolicy } from './services/avatars/remoteAddressPolicy.ts';
import { Store } from './store/Store.ts';
import type { Fixture } from './testing/fixture.ts';
import { createTestingControls, type TestingControls } from './testing/testingControls.ts';
import { isoNow } from './util/time.ts';

/** Options of `startEmulator`. */
export interface EmulatorOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to bind; defaults to 127.0.0.1. */
  host?: string;
  /** Path to an appwrite.json, or the parsed object; an empty project when omitted. */
  config?: string | Partial<ProjectConfig>;
  /**
   * Folder to persist state in (a SQLite database, `emulator.sqlite`); memory only when omitted.
   * One emulator process at a time may use a folder.
   */
  persist?: string;
  /** Enforce the spec's rate limits (default true, as Appwrite does). */
  rateLimits?: boolean;
  /**
   * Browser origins allowed to call with credentials, besides localhost/127.0.0.1 (any port) and the
   * hostnames of the web platforms in appwrite.json: origins (`https://app.example.com`),
   * hostnames (`app.example.com`, `*.example.com`), or `'*'` for any origin.
   */
  origins?: string[];
  /** Start the clock frozen at this moment (see `emulator.clock`); system time when omitted. */
  clock?: ClockInput;
  /**
   * Users, teams, documents and files to create at start: an object, or the path of a JSON file
   * (relative paths start at the folder of appwrite.json, else the working directory). `reset()` returns to them.
   */
  seed?: Fixture | string;
  /** A snapshot file (`aw-emulator export`, `emulator.export(path)`) to start from; the data folder, if any, must be empty. */
  import?: string;
  /** Serve the emulator console, a web page showing the project's data live, at `/__emulator/` (default false; the CLI turns it on). */
  console?: boolean;
  /**
   * API keys, as `secret` (every scope) or `secret:scope,scope` with Appwrite 1.5 scope names. A request that
   * sends one in `X-Appwrite-Key` acts as the server: permissions and rate limits do not apply to it.
   */
  keys?: readonly string[];
  /**
   * Lets `/v1/avatars/image` and `/v1/avatars/favicon` fetch from loopback, private, link-local and
   * other non-public addresses: `true` for any, or a list of `host:port` pairs (`127.0.0.1:9000`).
   * Off by default, because any web page can make the emulator fetch a URL. The emulator never
   * fetches from itself either way.
   */
  allowPrivateAvatarUrls?: boolean | string[];
}

/** A running emulator. */
export interface RunningEmulator extends TestingControls {
  /** The API endpoint, e.g. `http://127.0.0.1:8787/v1`. */
  url: string;
  /** The project id clients must send. */
  projectId: string;
  /** The console's address, e.g. `http://127.0.0.1:8787/__emulator/`, when `console` is on. */
  consoleUrl?: string;
  /** Messages Appwrite would have emailed or texted. */
  outbox: Outbox;
  /** The emulator context (state, events) for tests and extensions. */
  context: EmulatorContext;
  /** Stops the server and checkpoints the database (every acknowledged write is already on disk). */
  close(): Promise<void>;
}

/**
 * Creates and starts a local Appwrite 1.5 compatible server.
 *
 * @param options Port, host, appwrite.json, persistence folder and rate limits.
 *
 * @returns The running emulator.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const config = loadConfig(options.config);
  const keyring = createKeyring(options.keys);
  const store = new Store(options.persist);
  const clock = createClock(options.clock);
  try {
    if (options.import) importSnapshot(store, options.import, config.projectId);
  } catch (error) {
    store.close();
    throw error;
  }
  const tables: CoreTables = {
    users: store.table('users'),
    sessions: store.table('sessions'),
    tokens: store.table('tokens'),
    teams: store.table('teams'),
    memberships: store.table('memberships'),
    targets: store.table('targets'),
    identities: store.table('identities'),
    logs: store.table('logs'),
    challenges: store.table('challenges'),
    subscribers: store.table('subscribers'),
  };
  const jwtKey = loadJwtKey(store);
  rememberProject(store, config.projectId);
  runWithClock(clock, () => seedTeams(config, tables));

  const upgradeHandlers: UpgradeHandler[] = [];
  const cleanups: Array<() => void | Promise<void>> = [];
  const callerCache = new WeakMap<object, Promise<Caller>>();
  const remoteAddresses = createRemoteAddressPolicy(options.allowPrivateAvatarUrls);
  const ctx: EmulatorContext = {
    projectId: config.projectId,
    config,
    store,
    tables,
    events: announceAfterCommit(createEventBus(), store),
    outbox: createOutbox(store),
    rateLimits: options.rateLimits ?? true,
    jwtKey,
    remoteAddresses,
    getCaller(c) {
      let caller = callerCache.get(c.req.raw);
      if (!caller) {
        caller = resolveCaller(c, config.projectId, tables, jwtKey).then((resolved) => applyApiKey(c, resolved, keyring));
        callerCache.set(c.req.raw, caller);
      }
      return caller;
    },
    onUpgrade(handler) {
      upgradeHandlers.push(handler);
    },
    onClose(cleanup) {
      cleanups.push(cleanup);
    },
  };

  const host = options.host ?? '127.0.0.1';
  const app = createApp(ctx, { origins: options.origins ?? [], host, console: options.console === true });
  // Every request and socket runs inside this emulator's clock.
  const server = createAdaptorServer({ fetch: (...args: Parameters<typeof app.fetch>) => runWithClock(clock, () => app.fetch(...args)) }) as Server;
  server.on('upgrade', (request, socket, head) => {
    runWithClock(clock, () => {
      for (const handler of upgradeHandlers) if (handler(request, socket, head)) return;
      socket.destroy();
    });
  });
  let testing: TestingControls;
  try {
    testing = createTestingControls(ctx, clock, options.clock);
    if (options.seed) await testing.seed(options.seed);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
  } catch (error) {
    for (const cleanup of cleanups) await cleanup();
    store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  remoteAddresses.self = { host, port };
  const urlHost = host.includes(':') ? `[${host}]` : host;

  let closed = false;
  return {
    ...testing,
    url: `http://${urlHost}:${port}/v1`,
    projectId: config.projectId,
    ...(options.console ? { consoleUrl: `http://${urlHost}:${port}/__emulator/` } : {}),
    outbox: ctx.outbox,
    context: ctx,
    async close() {
      if (closed) return;
      closed = true;
      for (const cleanup of cleanups) await cleanup();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}

/**
 * Wraps the event bus so that an event published during a request goes out only once the
 * request's writes are stored; a request whose commit fails announces nothing.
 *
 * @param bus The event bus.
 * @param store The store.
 *
 * @returns The same bus with a deferred `publish`.
 */
function announceAfterCommit(bus: EventBus, store: Store): EventBus {
  return {
    ...bus,
    publish(event) {
      const stamped = { ...event, timestamp: event.timestamp ?? new Date(now()).toISOString() };
      store.afterCommit(() => bus.publish(stamped));
    },
  };
}

/**
 * Loads the JWT signing key from the store, creating one on first start so tokens survive restarts.
 *
 * @param store The store.
 *
 * @returns The key bytes.
 */
function loadJwtKey(store: Store): Uint8Array {
  const meta = store.table<{ value: string }>('meta');
  const existing = meta.get('jwtKey');
  if (existing) return Buffer.from(existing.value, 'hex');
  const key = randomBytes(32);
  meta.put('jwtKey', { value: key.toString('hex') });
  return key;
}

/**
 * Creates the teams listed in appwrite.json that do not exist yet.
 *
 * @param config The project config.
 * @param tables The tables.
 */
function seedTeams(config: ProjectConfig, tables: CoreTables): void {
  for (const team of config.teams) {
    if (tables.teams.get(team.$id)) continue;
    const now = isoNow();
    tables.teams.put(team.$id, { $id: team.$id, $createdAt: now, $updatedAt: now, name: team.name, prefs: {} });
  }
}
