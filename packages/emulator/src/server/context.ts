import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Context } from 'hono';
import type { ProjectConfig } from '../config/types.ts';
import type { EventBus } from '../events/EventBus.ts';
import type {
  ChallengeRecord,
  IdentityRecord,
  LogRecord,
  MembershipRecord,
  SessionRecord,
  SubscriberRecord,
  TargetRecord,
  TeamRecord,
  TokenRecord,
  UserRecord,
} from '../models/records.ts';
import type { ApiKey } from '../auth/apiKeys.ts';
import type { Outbox } from '../outbox/Outbox.ts';
import type { RemoteAddressPolicy } from '../services/avatars/remoteAddressPolicy.ts';
import type { Store, Table } from '../store/Store.ts';

/** Who is calling: resolved from cookies, X-Fallback-Cookies, X-Appwrite-Session or X-Appwrite-JWT. */
export interface Caller {
  /** The signed-in user, or null for a guest. */
  user: UserRecord | null;
  /** The session used, or null for a guest. */
  session: SessionRecord | null;
  /** Appwrite roles (`any`, `guests` | `users`, `user:ID`, `team:T/owner`, …); `['apps']` for an API key. */
  roles: string[];
  /** The API key the request carries, when it is one of the emulator's (the caller then acts as the server). */
  key?: ApiKey;
}

/**
 * A handler for HTTP upgrade requests (WebSockets). Return true when it took the socket.
 */
export type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => boolean;

/** The tables of part 1 (accounts, teams, messaging). */
export interface CoreTables {
  users: Table<UserRecord>;
  sessions: Table<SessionRecord>;
  tokens: Table<TokenRecord>;
  teams: Table<TeamRecord>;
  memberships: Table<MembershipRecord>;
  targets: Table<TargetRecord>;
  identities: Table<IdentityRecord>;
  logs: Table<LogRecord>;
  challenges: Table<ChallengeRecord>;
  subscribers: Table<SubscriberRecord>;
}

/** Everything a service needs: config, state, events, outbox and the caller lookup. */
export interface EmulatorContext {
  /** The project id clients must send. */
  readonly projectId: string;
  /** The loaded appwrite.json. */
  readonly config: ProjectConfig;
  /** The state store (use `store.table(name)` for your own tables). */
  readonly store: Store;
  /** Typed tables of part 1. */
  readonly tables: CoreTables;
  /** The realtime event bus. */
  readonly events: EventBus;
  /** Messages that would have been emailed or texted. */
  readonly outbox: Outbox;
  /** Whether rate limits are enforced. */
  readonly rateLimits: boolean;
  /** Key that signs account JWTs. */
  readonly jwtKey: Uint8Array;
  /** Which addresses the avatar service may fetch from (public ones only when omitted). */
  readonly remoteAddresses?: RemoteAddressPolicy;
  /** Resolves (and caches per request) the caller. */
  getCaller(c: Context): Promise<Caller>;
  /** Registers a handler for WebSocket upgrades on the same server. */
  onUpgrade(handler: UpgradeHandler): void;
  /** Registers cleanup to run when the emulator closes. */
  onClose(cleanup: () => void | Promise<void>): void;
}
