import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { serverCaller } from '../auth/apiKeys.ts';
import { hashPassword } from '../auth/password.ts';
import { AppwriteException } from '../errors/AppwriteException.ts';
import type { MembershipRecord } from '../models/records.ts';
import type { EmulatorContext } from '../server/context.ts';
import { createUser } from '../services/account/accountSupport.ts';
import { checkUniqueIndexes } from '../services/databases/registerDatabasesRoutes.ts';
import { findCollection } from '../services/databases/findCollection.ts';
import { createWithRelations, effectiveCollection } from '../services/databases/relationships.ts';
import type { StoredDocument } from '../services/databases/types.ts';
import { detectMimeType } from '../services/storage/detectMimeType.ts';
import { putChunk } from '../services/storage/fileBytes.ts';
import { findBucket } from '../services/storage/findBucket.ts';
import type { StoredFile } from '../services/storage/types.ts';
import { uniqueId } from '../util/ids.ts';
import { parseClientJson } from '../util/parseJson.ts';
import { isoNow } from '../util/time.ts';
import { checkFixture, FixtureError, type Fixture, type SeedDocument, type SeedFile, type SeedTeam, type SeedUser } from './fixture.ts';

// A JSON fixture or a seeded file larger than this is refused before it is read.
const MAX_FIXTURE_FILE_BYTES = 64 * 1024 * 1024;
const MAX_SEED_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Creates the fixture from an object, or from the JSON file at a path.
 *
 * @param source The fixture or the path of a JSON file.
 * @param baseDir Where relative file paths point when the fixture is an object.
 *
 * @returns The checked fixture and the folder its relative paths start from.
 *
 * @throws FixtureError When the file cannot be read or an entry is malformed.
 */
export function readFixture(source: Fixture | string, baseDir: string): { fixture: Fixture; baseDir: string } {
  if (typeof source !== 'string') return { fixture: checkFixture(source), baseDir };
  const path = resolve(baseDir, source);
  let parsed: unknown;
  try {
    if (statSync(path).size > MAX_FIXTURE_FILE_BYTES) throw new FixtureError(path, `is larger than ${MAX_FIXTURE_FILE_BYTES} bytes`);
    parsed = parseClientJson(readFileSync(path, 'utf8'));
  } catch (error) {
    if (error instanceof FixtureError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new FixtureError(path, code === 'ENOENT' ? 'no such file' : `cannot be read as JSON (${(error as Error).message})`);
  }
  return { fixture: checkFixture(parsed, basename(path)), baseDir: dirname(path) };
}

/**
 * Writes a fixture into the emulator through its own model functions (no HTTP, no rate limits):
 * users, then teams and memberships, then documents, then files. Everything is checked as the
 * API checks it; the first problem stops the seed with its path in the fixture.
 *
 * @param ctx The emulator context.
 * @param source The fixture, or the path of a JSON fixture.
 *
 * @throws FixtureError When an entry is malformed or refused (duplicate, unknown collection, bad attribute …).
 */
export async function applySeed(ctx: EmulatorContext, source: Fixture | string): Promise<void> {
  const { fixture, baseDir } = readFixture(source, ctx.config.baseDir);
  const name = typeof source === 'string' ? basename(source) : 'seed';
  // Password hashing is the slow part; do it all before writing anything.
  const hashes = await Promise.all((fixture.users ?? []).map((user) => (user.password ? hashPassword(user.password) : Promise.resolve(''))));
  const files = await Promise.all((fixture.files ?? []).map((file, i) => readSeedFile(file, baseDir, `${name}.files[${i}]`)));
  await ctx.store.transaction(async () => {
    (fixture.users ?? []).forEach((user, i) => at(`${name}.users[${i}]`, () => seedUser(ctx, user, hashes[i]!)));
    (fixture.teams ?? []).forEach((team, i) => at(`${name}.teams[${i}]`, () => seedTeam(ctx, team)));
    (fixture.documents ?? []).forEach((document, i) => at(`${name}.documents[${i}]`, () => seedDocument(ctx, document)));
    for (const [i, file] of (fixture.files ?? []).entries()) {
      const content = files[i]!;
      const mimeType = await detectMimeType(content.bytes, content.name);
      at(`${name}.files[${i}]`, () => seedFile(ctx, file, content, mimeType));
    }
  });
}

/** Runs one entry's writes, turning the API's refusal into a FixtureError at its path. */
function at(path: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    if (error instanceof AppwriteException) throw new FixtureError(path, `${error.message} (${error.type})`);
    throw error;
  }
}

function seedUser(ctx: EmulatorContext, seed: SeedUser, passwordHash: string): void {
  if (seed.phone && ctx.tables.users.find((u) => u.phone === seed.phone)) {
    throw new AppwriteException('user_already_exists', 'A user with the same id, email, or phone already exists in this project.');
  }
  const user = createUser(ctx, {
    id: seed.id,
    ...(seed.email ? { email: seed.email.toLowerCase() } : {}),
    ...(seed.phone ? { phone: seed.phone } : {}),
    ...(seed.name ? { name: seed.name } : {}),
    ...(passwordHash ? { passwordHash } : {}),
  });
  user.emailVerification = seed.emailVerification ?? false;
  user.phoneVerification = seed.phoneVerification ?? false;
  user.labels = [...new Set(seed.labels ?? [])];
  user.prefs = structuredClone(seed.prefs ?? {});
  user.status = seed.status ?? true;
  ctx.tables.users.put(user.$id, user);
}

function seedTeam(ctx: EmulatorContext, seed: SeedTeam): void {
  const now = isoNow();
  const existing = ctx.tables.teams.get(seed.id);
  ctx.tables.teams.put(seed.id, {
    $id: seed.id, $createdAt: existing?.$createdAt ?? now, $updatedAt: now, name: seed.name, prefs: structuredClone(seed.prefs ?? existing?.prefs ?? {}),
  });
  (seed.members ?? []).forEach((member, i) => {
    const path = `members[${i}]`;
    if (!ctx.tables.users.get(member.userId)) throw new AppwriteException('user_not_found', `${path}: user '${member.userId}' is not in the fixture or the emulator.`);
    if (ctx.tables.memberships.find((m) => m.teamId === seed.id && m.userId === member.userId)) {
      throw new AppwriteException('membership_already_confirmed', `${path}: user '${member.userId}' is already a member of team '${seed.id}'.`);
    }
    const membershipId = member.id ?? uniqueId();
    if (ctx.tables.memberships.get(membershipId)) throw new AppwriteException('membership_already_confirmed', `${path}: membership '${membershipId}' already exists.`);
    const membership: MembershipRecord = {
      $id: membershipId, $createdAt: now, $updatedAt: now, userId: member.userId, teamId: seed.id,
      roles: [...(member.roles ?? [])], invited: now, joined: now, confirm: true, secretHash: '',
    };
    ctx.tables.memberships.put(membershipId, membership);
  });
}

function seedDocument(ctx: EmulatorContext, seed: SeedDocument): void {
  const collection = effectiveCollection(ctx.config.collections, findCollection(ctx, seed.databaseId, seed.collectionId));
  const table = ctx.store.table<StoredDocument>('db_documents');
  if (table.get(`${collection.databaseId}/${collection.$id}/${seed.id}`)) {
    throw new AppwriteException('document_already_exists', `A document with ID '${seed.id}' already exists in this collection.`);
  }
  const permissions = normalisePermissions(seed.permissions ?? [], ['read', 'update', 'delete', 'write']);
  createWithRelations(ctx, serverCaller(), collection, seed.id, structuredClone(seed.data), permissions, (values) =>
    checkUniqueIndexes(table, collection, values, seed.id),
  );
}

interface SeedContent {
  name: string;
  bytes: Uint8Array;
}

function readSeedFile(seed: SeedFile, baseDir: string, path: string): SeedContent {
  if (seed.bytes !== undefined) {
    const bytes = typeof seed.bytes === 'string' ? new TextEncoder().encode(seed.bytes) : seed.bytes;
    return { name: seed.name!, bytes };
  }
  const file = resolve(baseDir, seed.path!);
  try {
    if (statSync(file).size > MAX_SEED_FILE_BYTES) throw new FixtureError(`${path}.path`, `${file} is larger than ${MAX_SEED_FILE_BYTES} bytes`);
    return { name: seed.name ?? basename(file), bytes: readFileSync(file) };
  } catch (error) {
    if (error instanceof FixtureError) throw error;
    throw new FixtureError(`${path}.path`, `cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function seedFile(ctx: EmulatorContext, seed: SeedFile, content: SeedContent, mimeType: string): void {
  const bucket = findBucket(ctx, seed.bucketId);
  const extension = content.name.includes('.') ? (content.name.split('.').pop() ?? '').toLowerCase() : '';
  const allowed = (bucket.allowedFileExtensions ?? []).map((item) => item.toLowerCase());
  if (allowed.length > 0 && !allowed.includes(extension)) throw new AppwriteException('storage_file_type_unsupported', 'File extension not allowed');
  if (content.bytes.length === 0) throw new AppwriteException('storage_file_empty', 'The file is empty.');
  if (bucket.maximumFileSize && content.bytes.length > bucket.maximumFileSize) throw new AppwriteException('storage_invalid_file_size', 'File size not allowed');
  const table = ctx.store.table<StoredFile & { chunkStarts: number[] }>('storage_files');
  const key = `${bucket.$id}/${seed.id}`;
  if (table.get(key)) throw new AppwriteException('storage_file_already_exists', `A file with ID '${seed.id}' already exists in this bucket.`);
  const now = isoNow();
  putChunk(ctx, bucket.$id, seed.id, 0, content.bytes);
  table.put(key, {
    $id: seed.id, bucketId: bucket.$id, $createdAt: now, $updatedAt: now,
    $permissions: normalisePermissions(seed.permissions ?? [], ['read', 'update', 'delete', 'write']),
    name: content.name, signature: createHash('md5').update(content.bytes).digest('hex'), mimeType,
    sizeOriginal: content.bytes.length, chunksTotal: 1, chunksUploaded: 1, chunkStarts: [0],
  });
}

/** Checks permission strings and expands `write`, as the API stores them (any role allowed). */
function normalisePermissions(requested: readonly string[], actions: readonly string[]): string[] {
  const result: string[] = [];
  for (const permission of requested) {
    const match = /^(read|create|update|delete|write)\("([^"]+)"\)$/.exec(permission);
    if (!match || !actions.includes(match[1]!)) {
      throw new AppwriteException('general_argument_invalid', `${permission} is not a valid permission; use ${actions.join(', ')} with a role, e.g. read("user:ada").`);
    }
    const expanded = match[1] === 'write' ? ['update', 'delete'] : [match[1]!];
    for (const action of expanded) {
      const text = `${action}("${match[2]}")`;
      if (!result.includes(text)) result.push(text);
    }
  }
  return result;
}
