/** A user to create. Passwords are hashed as sign-up hashes them; omit `password` for a passwordless account. */
export interface SeedUser {
  /** The user ID (Appwrite's ID rules). */
  id: string;
  /** Email address. */
  email?: string;
  /** Plain password (8 to 256 characters). */
  password?: string;
  /** Display name (up to 128 characters). */
  name?: string;
  /** Phone number in E.164 form (`+14155550100`). */
  phone?: string;
  /** Whether the email address counts as verified (default false). */
  emailVerification?: boolean;
  /** Whether the phone number counts as verified (default false). */
  phoneVerification?: boolean;
  /** Labels (letters and digits, up to 36 characters each), giving the role `label:<name>`. */
  labels?: string[];
  /** Preferences object. */
  prefs?: Record<string, unknown>;
  /** Whether the account is enabled (default true). */
  status?: boolean;
}

/** A confirmed member of a seeded team. */
export interface SeedMember {
  /** A user of the fixture (or already in the emulator). */
  userId: string;
  /** Roles in the team (default none; `owner` may manage the team). */
  roles?: string[];
  /** The membership ID; generated when omitted. */
  id?: string;
}

/** A team to create, with members who have already joined (no invitation round trip). */
export interface SeedTeam {
  /** The team ID. */
  id: string;
  /** The team name. */
  name: string;
  /** Team preferences. */
  prefs?: Record<string, unknown>;
  /** Members, confirmed. */
  members?: SeedMember[];
}

/** A document to create in a collection of appwrite.json, validated as the API validates it. */
export interface SeedDocument {
  /** The database ID. */
  databaseId: string;
  /** The collection ID. */
  collectionId: string;
  /** The document ID. */
  id: string;
  /** Attribute values. */
  data: Record<string, unknown>;
  /** Permission strings (`read("user:ada")`); none when omitted: only collection permissions apply. */
  permissions?: string[];
}

/** A file to store in a bucket of appwrite.json, from bytes or from a file on disk. */
export interface SeedFile {
  /** The bucket ID. */
  bucketId: string;
  /** The file ID. */
  id: string;
  /** The file name (default: the base name of `path`). */
  name?: string;
  /** The content: bytes, or a string stored as UTF-8. */
  bytes?: Uint8Array | string;
  /** A file to read the content from, relative to the fixture file (or the config's folder). */
  path?: string;
  /** Permission strings; none when omitted. */
  permissions?: string[];
}

/** State to load into an emulator: `startEmulator({ seed })`, `emulator.seed(fixture)`, or a JSON file of this shape. */
export interface Fixture {
  /** Users, created first. */
  users?: SeedUser[];
  /** Teams with confirmed members. */
  teams?: SeedTeam[];
  /** Documents. */
  documents?: SeedDocument[];
  /** Files. */
  files?: SeedFile[];
}

/** A fixture entry the emulator cannot load; `path` names it (`seed.users[1].email`). */
export class FixtureError extends Error {
  /** Where in the fixture the problem is. */
  readonly path: string;

  /**
   * Creates the error.
   *
   * @param path Where in the fixture the problem is.
   * @param problem What is wrong there.
   */
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'FixtureError';
    this.path = path;
  }
}

// Bounds for one fixture: generous for tests, small enough that a typo cannot exhaust memory.
const MAX_ENTRIES = 10_000;
const ID = /^[a-zA-Z0-9][a-zA-Z0-9._-]{0,35}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+[1-9]\d{6,14}$/;
const LABEL = /^[a-zA-Z0-9]{1,36}$/;

type Check = (value: unknown, path: string) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks an object's known keys with their checks, refusing keys it does not know. */
function checkObject(value: unknown, path: string, fields: Record<string, { check: Check; required?: boolean }>): void {
  if (!isRecord(value)) throw new FixtureError(path, 'must be an object');
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(fields, key)) throw new FixtureError(`${path}.${key}`, `is not a known field (known: ${Object.keys(fields).join(', ')})`);
  }
  for (const [key, field] of Object.entries(fields)) {
    const item = value[key];
    if (item === undefined) {
      if (field.required) throw new FixtureError(`${path}.${key}`, 'is required');
      continue;
    }
    field.check(item, `${path}.${key}`);
  }
}

function list(check: Check, max = MAX_ENTRIES): Check {
  return (value, path) => {
    if (!Array.isArray(value)) throw new FixtureError(path, 'must be an array');
    if (value.length > max) throw new FixtureError(path, `has ${value.length} entries; at most ${max} are allowed`);
    value.forEach((item, index) => check(item, `${path}[${index}]`));
  };
}

function text(max: number, pattern?: RegExp, rule?: string): Check {
  return (value, path) => {
    if (typeof value !== 'string') throw new FixtureError(path, 'must be a string');
    if (value.length > max) throw new FixtureError(path, `must be at most ${max} characters`);
    if (pattern && !pattern.test(value)) throw new FixtureError(path, rule ?? `must match ${String(pattern)}`);
  };
}

const id = text(36, ID, 'must be an ID: up to 36 letters, digits, periods, hyphens or underscores, starting with a letter or digit');
const flag: Check = (value, path) => {
  if (typeof value !== 'boolean') throw new FixtureError(path, 'must be true or false');
};
const plainObject: Check = (value, path) => {
  if (!isRecord(value)) throw new FixtureError(path, 'must be an object');
  if (JSON.stringify(value).length > 65_535) throw new FixtureError(path, 'must be at most 65535 characters as JSON');
};
const permissions = list(text(256), 100);
const bytes: Check = (value, path) => {
  if (typeof value !== 'string' && !(value instanceof Uint8Array)) throw new FixtureError(path, 'must be a Uint8Array (or Buffer) or a string');
};

const checkUser: Check = (value, path) =>
  checkObject(value, path, {
    id: { check: id, required: true },
    email: { check: text(255, EMAIL, 'must be a valid email address') },
    password: {
      check: (v, p) => {
        text(256)(v, p);
        if ((v as string).length < 8) throw new FixtureError(p, 'must be at least 8 characters (Appwrite refuses shorter passwords)');
      },
    },
    name: { check: text(128) },
    phone: { check: text(16, PHONE, "must be an E.164 phone number: '+' then up to fifteen digits") },
    emailVerification: { check: flag },
    phoneVerification: { check: flag },
    labels: { check: list(text(36, LABEL, 'must be 1 to 36 letters or digits'), 1000) },
    prefs: { check: plainObject },
    status: { check: flag },
  });

const checkTeam: Check = (value, path) =>
  checkObject(value, path, {
    id: { check: id, required: true },
    name: { check: text(128), required: true },
    prefs: { check: plainObject },
    members: {
      check: list((member, memberPath) =>
        checkObject(member, memberPath, { userId: { check: id, required: true }, roles: { check: list(text(32), 100) }, id: { check: id } }),
      ),
    },
  });

const checkDocument: Check = (value, path) =>
  checkObject(value, path, {
    databaseId: { check: id, required: true },
    collectionId: { check: id, required: true },
    id: { check: id, required: true },
    data: { check: (v, p) => { if (!isRecord(v)) throw new FixtureError(p, 'must be an object of attribute values'); }, required: true },
    permissions: { check: permissions },
  });

const checkFile: Check = (value, path) => {
  checkObject(value, path, {
    bucketId: { check: id, required: true },
    id: { check: id, required: true },
    name: { check: text(255) },
    bytes: { check: bytes },
    path: { check: text(4096) },
    permissions: { check: permissions },
  });
  const file = value as SeedFile;
  if ((file.bytes === undefined) === (file.path === undefined)) throw new FixtureError(path, 'needs exactly one of `bytes` or `path`');
  if (file.path === undefined && !file.name) throw new FixtureError(`${path}.name`, 'is required with `bytes`');
};

/**
 * Checks a fixture's shape (types, ID rules, sizes), naming the first bad entry.
 *
 * @param value What the user passed or the JSON file held.
 * @param path The name to report it under (`seed`).
 *
 * @returns The fixture, typed.
 *
 * @throws FixtureError When an entry is malformed.
 */
export function checkFixture(value: unknown, path = 'seed'): Fixture {
  checkObject(value, path, {
    users: { check: list(checkUser) },
    teams: { check: list(checkTeam) },
    documents: { check: list(checkDocument) },
    files: { check: list(checkFile) },
  });
  return value as Fixture;
}
