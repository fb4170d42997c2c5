import { readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { StoreSnapshot } from '../store/Store.ts';
import { parseClientJson } from '../util/parseJson.ts';

/** The `format` field every snapshot file starts with. */
export const SNAPSHOT_FORMAT = 'aw-emulator-snapshot';
/** The newest snapshot format this emulator reads and the one it writes. */
export const SNAPSHOT_VERSION = 1;

// A snapshot holds whole files as base64; these bounds keep a wrong or hostile file from exhausting memory.
// The JSON text must also fit in one JavaScript string (V8 caps strings near 512 MiB).
const SNAPSHOT_LIMITS = { fileBytes: 1024 * 1024 * 1024, textBytes: 500 * 1024 * 1024 };
const MAX_TABLES = 1000;
const MAX_RECORDS = 5_000_000;

/**
 * The whole state of an emulated project in one portable JSON document: every table of the store
 * (users with password hashes, sessions, tokens, teams, memberships, documents, files and their
 * bytes as base64, executions, the outbox and the JWT signing key).
 */
export interface SnapshotDocument {
  /** Always `aw-emulator-snapshot`. */
  format: typeof SNAPSHOT_FORMAT;
  /** The format version (this emulator writes 1). */
  version: number;
  /** The project the state belongs to, when known. */
  projectId: string | null;
  /** When the snapshot was written (ISO 8601, system time). */
  exportedAt: string;
  /** Table name to its records as `[id, record]` pairs, in insertion order. */
  tables: Record<string, Array<[string, unknown]>>;
}

/** A snapshot file the emulator refuses to load: not a snapshot, malformed, too big, or from a newer format. */
export class SnapshotError extends Error {
  /**
   * Creates the error.
   *
   * @param message What is wrong and what to do.
   */
  constructor(message: string) {
    super(message);
    this.name = 'SnapshotError';
  }
}

/**
 * Creates a snapshot document from a store's records.
 *
 * @param records What `store.snapshot()` returned.
 * @param projectId The project the state belongs to.
 *
 * @returns The document to write.
 */
export function toSnapshotDocument(records: StoreSnapshot, projectId: string | null): SnapshotDocument {
  const tables: Record<string, Array<[string, unknown]>> = Object.create(null) as Record<string, Array<[string, unknown]>>;
  for (const [name, map] of records) if (map.size > 0) tables[name] = [...map];
  return { format: SNAPSHOT_FORMAT, version: SNAPSHOT_VERSION, projectId, exportedAt: new Date().toISOString(), tables };
}

/**
 * Writes a snapshot to a file, gzip-compressed when its name ends in `.gz`. The file appears whole
 * or not at all (written beside it, then renamed).
 *
 * @param path The file to write.
 * @param snapshot The snapshot.
 *
 * @returns The number of bytes written.
 */
export function writeSnapshotFile(path: string, snapshot: SnapshotDocument): number {
  const text = Buffer.from(JSON.stringify(snapshot));
  const bytes = path.endsWith('.gz') ? gzipSync(text) : text;
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
  return bytes.length;
}

/**
 * Reads and checks a snapshot file (plain or gzip JSON).
 *
 * @param path The file.
 * @param limits The largest file and JSON text accepted (tests lower them).
 *
 * @returns The records, by table then id, and the project ID the file names.
 *
 * @throws SnapshotError When the file is missing, too big, malformed, or of a newer format.
 */
export function readSnapshotFile(path: string, limits = SNAPSHOT_LIMITS): { records: StoreSnapshot; projectId: string | null } {
  let raw: Buffer;
  try {
    if (statSync(path).size > limits.fileBytes) throw new SnapshotError(`${path} is larger than ${limits.fileBytes} bytes, the most a snapshot may hold.`);
    raw = readFileSync(path);
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new SnapshotError(`Cannot read the snapshot ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}.`);
  }
  let text: Buffer = raw;
  if (raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      text = gunzipSync(raw, { maxOutputLength: limits.textBytes });
    } catch (error) {
      const tooBig = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      throw new SnapshotError(`${path} ${tooBig ? `unpacks to more than ${limits.textBytes} bytes, the most a snapshot may hold` : 'is a damaged gzip file'}.`);
    }
  }
  if (text.length > limits.textBytes) throw new SnapshotError(`${path} holds more than ${limits.textBytes} bytes of JSON, the most a snapshot may hold.`);
  let parsed: unknown;
  try {
    parsed = parseClientJson(text.toString('utf8'));
  } catch {
    throw new SnapshotError(`${path} is not an aw-emulator snapshot: it is not valid JSON.`);
  }
  return { records: checkSnapshot(parsed, path), projectId: (parsed as SnapshotDocument).projectId };
}

/**
 * Checks a parsed snapshot document and creates the records it holds.
 *
 * @param value The parsed JSON.
 * @param path The file name, for messages.
 *
 * @returns The records.
 *
 * @throws SnapshotError When it is not a snapshot this emulator can load.
 */
export function checkSnapshot(value: unknown, path: string): StoreSnapshot {
  const doc = value as Partial<SnapshotDocument> | null;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || doc.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError(`${path} is not an aw-emulator snapshot (its "format" is not "${SNAPSHOT_FORMAT}"); make one with aw-emulator export.`);
  }
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
    throw new SnapshotError(`${path} is malformed: "version" must be a whole number from 1.`);
  }
  if (doc.version > SNAPSHOT_VERSION) {
    throw new SnapshotError(
      `${path} was written by a newer aw-emulator (snapshot format ${doc.version}; this one reads up to ${SNAPSHOT_VERSION}). Upgrade @aw/emulator to load it.`,
    );
  }
  if (doc.projectId !== null && typeof doc.projectId !== 'string') throw new SnapshotError(`${path} is malformed: "projectId" must be a string or null.`);
  const tables = doc.tables;
  if (typeof tables !== 'object' || tables === null || Array.isArray(tables)) throw new SnapshotError(`${path} is malformed: "tables" must be an object.`);
  const names = Object.keys(tables);
  if (names.length > MAX_TABLES) throw new SnapshotError(`${path} is malformed: more than ${MAX_TABLES} tables.`);
  const records: StoreSnapshot = new Map();
  let count = 0;
  for (const name of names) {
    const rows: unknown = (tables as Record<string, unknown>)[name];
    if (!Array.isArray(rows)) throw new SnapshotError(`${path} is malformed: tables.${name} must be an array of [id, record] pairs.`);
    count += rows.length;
    if (count > MAX_RECORDS) throw new SnapshotError(`${path} is malformed: more than ${MAX_RECORDS} records.`);
    const map = new Map<string, unknown>();
    rows.forEach((row: unknown, index) => {
      if (!Array.isArray(row) || row.length !== 2 || typeof row[0] !== 'string' || typeof row[1] !== 'object' || row[1] === null) {
        throw new SnapshotError(`${path} is malformed: tables.${name}[${index}] must be an [id, record] pair.`);
      }
      map.set(row[0], row[1]);
    });
    records.set(name, map);
  }
  return records;
}
