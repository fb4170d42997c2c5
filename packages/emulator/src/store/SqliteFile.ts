import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Database from 'libsql';
import { prepareDatabaseFiles, prepareDataFolder, writePidFile } from './dataFolderModes.ts';

/** One write to commit: a record to store, or `undefined` to delete it. */
export interface PendingWrite {
  /** The table name. */
  table: string;
  /** The record id. */
  id: string;
  /** The record, or undefined for a delete. */
  value: unknown;
}

/** The database file inside a data folder. */
export const DATABASE_FILE = 'emulator.sqlite';
const PID_FILE = 'emulator.pid';

// libsql's close() keeps SQLite's file lock until the connection object is garbage-collected, so
// a folder closed and opened again in one process reuses its connection instead of locking itself out.
const connections = new Map<string, { db: Database.Database; inUse: boolean; inode: number }>();

/**
 * A data folder that another process holds. The second emulator refuses to start with this error
 * rather than share a folder it cannot write safely.
 */
export class DataFolderLockedError extends Error {
  /**
   * Creates the error.
   *
   * @param dir The data folder.
   * @param pid The other process, when its pid file could be read.
   */
  constructor(dir: string, pid: string | undefined) {
    super(
      `The data folder ${dir} is in use by another emulator${pid ? ` (pid ${pid})` : ''}. ` +
        'Stop that process, or start this one with a different --data folder.',
    );
    this.name = 'DataFolderLockedError';
  }
}

/**
 * A failed commit. `diskFull` tells a full disk (SQLITE_FULL / ENOSPC) from other failures.
 */
export class StoreWriteError extends Error {
  /** Whether the disk (or the database's size limit) is full. */
  readonly diskFull: boolean;

  /**
   * Creates the error.
   *
   * @param cause The database error.
   */
  constructor(cause: unknown) {
    const code = (cause as { code?: string } | undefined)?.code ?? '';
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`Could not save the change: ${message}`, { cause });
    this.name = 'StoreWriteError';
    this.diskFull = code === 'SQLITE_FULL' || code === 'ENOSPC' || /ENOSPC|database or disk is full/i.test(message);
  }
}

/**
 * The durable half of a persistent store: one SQLite file (libsql) in WAL mode with
 * `synchronous=FULL`, so a commit returns only once it is on disk. The connection takes
 * SQLite's exclusive lock for its whole life: the OS drops that lock when the process dies,
 * even on `kill -9`, so a second emulator on the same folder is refused and a crashed one never
 * leaves a stale lock behind.
 */
export class SqliteFile {
  readonly #db: Database.Database;
  readonly #upsert: Database.Statement;
  readonly #remove: Database.Statement;
  readonly #readOne: Database.Statement;
  readonly #key: string;

  /**
   * Opens (or creates) the database in a data folder and takes its lock.
   *
   * @param dir The data folder.
   */
  constructor(dir: string) {
    prepareDataFolder(dir);
    // Before SQLite opens anything: it gives the WAL file the database file's mode.
    prepareDatabaseFiles(dir, DATABASE_FILE);
    const key = realpathSync(dir);
    let cached = connections.get(key);
    if (cached?.inUse) throw new DataFolderLockedError(dir, String(process.pid));
    // A folder deleted and made again has a new file: the old connection (and lock) is on the old one.
    if (cached && cached.inode !== inodeOf(dir)) cached = undefined;
    const db = cached?.db ?? openLocked(dir);
    const entry = { db, inUse: true, inode: inodeOf(dir) };
    connections.set(key, entry);
    this.#key = key;
    this.#db = db;
    try {
      writePidFile(dir, PID_FILE);
      const limit = Number(process.env.AW_EMULATOR_MAX_PAGES);
      // A test hook: a page limit makes SQLite answer SQLITE_FULL exactly as a full disk does.
      db.pragma(`max_page_count = ${limit > 0 ? limit : 4294967294}`);
      // A new record gets the next seq and a replaced one keeps its own, so ordering by seq keeps each
      // table in insertion order across restarts, as the in-memory maps are.
      this.#upsert = db.prepare('INSERT INTO records (tbl, id, v) VALUES (?, ?, ?) ON CONFLICT (tbl, id) DO UPDATE SET v = excluded.v');
      this.#remove = db.prepare('DELETE FROM records WHERE tbl = ? AND id = ?');
      this.#readOne = db.prepare('SELECT v FROM records WHERE tbl = ? AND id = ?').raw();
    } catch (error) {
      entry.inUse = false;
      throw error;
    }
  }

  /**
   * Returns whether the database has no records yet.
   *
   * @returns True when empty.
   */
  isEmpty(): boolean {
    return this.#db.prepare('SELECT 1 FROM records LIMIT 1').raw().get() === undefined;
  }

  /**
   * Reads every record, table by table in insertion order.
   *
   * @param each Called once per record.
   */
  readAll(each: (table: string, id: string, value: unknown) => void): void {
    for (const row of this.#db.prepare('SELECT tbl, id, v FROM records ORDER BY seq').raw().iterate() as Iterable<[string, string, string]>) {
      each(row[0], row[1], JSON.parse(row[2]));
    }
  }

  /**
   * Reads one record as it is on disk.
   *
   * @param table The table name.
   * @param id The record id.
   *
   * @returns The record, or undefined when there is none.
   */
  read(table: string, id: string): unknown {
    const row = this.#readOne.get(table, id) as [string] | undefined;
    return row ? JSON.parse(row[0]) : undefined;
  }

  /**
   * Writes a batch in one transaction; it is durable when this returns. On failure nothing
   * of the batch is stored.
   *
   * @param writes The writes, applied in order.
   *
   * @throws StoreWriteError When the transaction could not be committed.
   */
  commit(writes: Iterable<PendingWrite>): void {
    const db = this.#db;
    try {
      db.exec('BEGIN IMMEDIATE');
      for (const write of writes) {
        if (write.value === undefined) this.#remove.run(write.table, write.id);
        else this.#upsert.run(write.table, write.id, JSON.stringify(write.value));
      }
      db.exec('COMMIT');
    } catch (error) {
      try {
        if (db.inTransaction) db.exec('ROLLBACK');
      } catch {
        // SQLite may already have rolled back on its own after an I/O error.
      }
      throw new StoreWriteError(error);
    }
  }

  /**
   * Checkpoints the WAL into the database file and releases the lock.
   */
  close(): void {
    try {
      this.#db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // A full disk can refuse the checkpoint; the WAL keeps every commit anyway.
    }
    const entry = connections.get(this.#key);
    if (entry?.db === this.#db) entry.inUse = false;
  }
}

/**
 * Opens the database of a data folder in WAL mode and takes its exclusive lock.
 *
 * @param dir The data folder.
 *
 * @returns The connection.
 *
 * @throws DataFolderLockedError When another process holds the lock.
 */
function openLocked(dir: string): Database.Database {
  const db = new (loadLibsql())(join(dir, DATABASE_FILE), { timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // The first write transaction takes the exclusive lock; it is kept until the process ends.
    db.exec('BEGIN IMMEDIATE');
    db.exec('CREATE TABLE IF NOT EXISTS records (seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, id TEXT NOT NULL, v TEXT NOT NULL, UNIQUE (tbl, id))');
    db.exec('COMMIT');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') throw new DataFolderLockedError(dir, readPid(dir));
    throw error;
  }
  return db;
}

/**
 * Loads libsql on first use, so the in-memory emulator runs even where its native binary is missing.
 *
 * @returns The database constructor.
 *
 * @throws Error Naming the missing binary when it cannot be loaded.
 */
function loadLibsql(): typeof Database {
  try {
    return createRequire(import.meta.url)('libsql') as typeof Database;
  } catch (error) {
    throw new Error(
      `Persistent mode needs libsql's prebuilt SQLite binary for ${process.platform}-${process.arch}, which could not be loaded ` +
        '(it comes with libsql as an optional dependency; reinstall without --omit=optional). Without --data the emulator runs in memory.',
      { cause: error },
    );
  }
}

/**
 * Returns the inode of a data folder's database file.
 *
 * @param dir The data folder.
 *
 * @returns The inode, or -1 when there is no file.
 */
function inodeOf(dir: string): number {
  try {
    return statSync(join(dir, DATABASE_FILE)).ino;
  } catch {
    return -1;
  }
}

/**
 * Reads the pid that the emulator holding a data folder wrote there.
 *
 * @param dir The data folder.
 *
 * @returns The pid, or undefined.
 */
function readPid(dir: string): string | undefined {
  try {
    return readFileSync(join(dir, PID_FILE), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
