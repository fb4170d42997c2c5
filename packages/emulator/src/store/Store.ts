import { AsyncLocalStorage } from 'node:async_hooks';
import { readLegacyJournal, retireLegacyJournal } from './legacyJournal.ts';
import { SqliteFile, type PendingWrite } from './SqliteFile.ts';

export { DataFolderLockedError, StoreWriteError } from './SqliteFile.ts';

/** Every table's records, by table name then record id. */
export type StoreSnapshot = Map<string, Map<string, unknown>>;

/** A named set of JSON records keyed by id. */
export interface Table<T> {
  /** Returns the record with this id, or undefined. */
  get(id: string): T | undefined;
  /** Returns all records in insertion order. */
  all(): T[];
  /** Returns the records that match a predicate. */
  filter(predicate: (record: T) => boolean): T[];
  /** Returns the first record that matches a predicate. */
  find(predicate: (record: T) => boolean): T | undefined;
  /** Stores (inserts or replaces) a record; call it again after every change to a record. */
  put(id: string, record: T): T;
  /** Removes a record; returns whether it existed. */
  delete(id: string): boolean;
}

/** The writes of one unit of work, keyed by `table\0id`; the value is what this unit last wrote. */
interface UnitOfWork {
  writes: Map<string, { table: string; id: string; value: unknown }>;
  afterCommit: Array<() => void>;
  open: boolean;
}

/**
 * The emulator's state: plain JSON records in named tables, read from in-memory maps.
 *
 * Without a folder that is all. With one, every write is also stored in SQLite (see `SqliteFile`):
 * the writes made inside `transaction(fn)` (one per HTTP request) are committed together when `fn`
 * settles, and writes made outside any transaction are committed one by one at once.
 */
export class Store {
  readonly #tables = new Map<string, Map<string, unknown>>();
  readonly #file: SqliteFile | undefined;
  readonly #units = new AsyncLocalStorage<UnitOfWork>();
  #batch: UnitOfWork[] = [];
  #flush: Promise<void> | undefined;

  /**
   * Creates a store.
   *
   * @param dir A data folder to persist to, or undefined for memory only.
   *
   * @throws DataFolderLockedError When another process uses the folder.
   */
  constructor(dir?: string) {
    if (!dir) return;
    const file = new SqliteFile(dir);
    try {
      const legacy = readLegacyJournal(dir);
      if (legacy) {
        if (file.isEmpty()) file.commit(legacy);
        retireLegacyJournal(dir);
      }
      file.readAll((table, id, value) => this.#map(table).set(id, value));
    } catch (error) {
      file.close();
      throw error;
    }
    this.#file = file;
  }

  /**
   * Returns whether writes go to disk.
   *
   * @returns True with a data folder.
   */
  get persistent(): boolean {
    return this.#file !== undefined;
  }

  /**
   * Runs `fn` as one unit of work: its writes are visible at once in memory and are committed to
   * disk together when it settles (whether it resolves or throws), in one transaction with the
   * other units that settle in the same turn of the event loop. When the commit fails, the records
   * it wrote are reloaded from disk, so memory matches what was stored.
   *
   * @param fn The work, e.g. handling one request.
   *
   * @returns What `fn` returned.
   *
   * @throws StoreWriteError When the commit failed; nothing of the unit was stored.
   */
  async transaction<R>(fn: () => Promise<R>): Promise<R> {
    if (!this.#file) return fn();
    const unit: UnitOfWork = { writes: new Map(), afterCommit: [], open: true };
    let result: R;
    try {
      result = await this.#units.run(unit, fn);
    } finally {
      unit.open = false;
      // A throw from fn is kept; a failed commit then replaces it.
      if (unit.writes.size > 0) await this.#groupCommit(unit);
    }
    for (const callback of unit.afterCommit) callback();
    return result;
  }

  /**
   * Runs `callback` once the current unit of work is stored, or at once outside one (and in
   * memory mode). A unit whose commit fails drops its callbacks: used so that realtime events
   * announce only changes that were saved.
   *
   * @param callback The work to run after the commit.
   */
  afterCommit(callback: () => void): void {
    const unit = this.#file ? this.#units.getStore() : undefined;
    if (unit?.open) unit.afterCommit.push(callback);
    else callback();
  }

  /**
   * Returns the table with this name, creating it empty when needed.
   *
   * @param name The table name (e.g. `users`, `documents`).
   *
   * @returns The table.
   */
  table<T>(name: string): Table<T> {
    const map = this.#map(name) as Map<string, T>;
    return {
      get: (id) => map.get(id),
      all: () => [...map.values()],
      filter: (predicate) => [...map.values()].filter(predicate),
      find: (predicate) => {
        for (const record of map.values()) if (predicate(record)) return record;
        return undefined;
      },
      put: (id, record) => {
        this.#write(name, id, record, () => map.set(id, record));
        return record;
      },
      delete: (id) => {
        if (!map.has(id)) return false;
        this.#write(name, id, undefined, () => map.delete(id));
        return true;
      },
    };
  }

  /**
   * Copies every record of every table (deeply), e.g. to come back to with `restore`.
   *
   * @returns The copy: table name to (id to record).
   */
  snapshot(): StoreSnapshot {
    const copy: StoreSnapshot = new Map();
    for (const [name, map] of this.#tables) copy.set(name, structuredClone(map));
    return copy;
  }

  /**
   * Replaces every table's records with those of a snapshot (tables it lacks become empty); with a
   * data folder, the change is committed in one transaction before memory changes.
   *
   * @param snapshot What `snapshot` returned, or records from an export.
   */
  restore(snapshot: StoreSnapshot): void {
    if (this.#file) {
      const writes: PendingWrite[] = [];
      for (const [table, map] of this.#tables) {
        const wanted = snapshot.get(table);
        for (const id of map.keys()) if (!wanted?.has(id)) writes.push({ table, id, value: undefined });
      }
      for (const [table, map] of snapshot) for (const [id, value] of map) writes.push({ table, id, value });
      this.#file.commit(writes);
    }
    for (const [name, map] of this.#tables) if (!snapshot.has(name)) map.clear();
    // The same Map objects stay: tables handed out earlier keep reading them.
    for (const [name, records] of snapshot) {
      const map = this.#map(name);
      map.clear();
      for (const [id, value] of structuredClone(records)) map.set(id, value);
    }
  }

  /**
   * Returns whether no table holds a record.
   *
   * @returns True for an empty store.
   */
  isEmpty(): boolean {
    for (const map of this.#tables.values()) if (map.size > 0) return false;
    return true;
  }

  /**
   * Checkpoints and closes the database.
   */
  close(): void {
    this.#file?.close();
  }

  #map(name: string): Map<string, unknown> {
    let map = this.#tables.get(name);
    if (!map) this.#tables.set(name, (map = new Map()));
    return map;
  }

  #write(table: string, id: string, value: unknown, apply: () => void): void {
    if (!this.#file) {
      apply();
      return;
    }
    const unit = this.#units.getStore();
    if (unit?.open) {
      apply();
      unit.writes.set(`${table}\0${id}`, { table, id, value });
      return;
    }
    // Outside a request (startup, timers, sockets): durable first, then visible.
    this.#file.commit([{ table, id, value }]);
    apply();
  }

  /**
   * Commits a finished unit together with every other unit that finishes in the same turn of the
   * event loop: one transaction and one fsync for all of them, which keeps concurrent requests
   * from queueing behind each other's fsync. If it fails, every unit of the batch fails.
   */
  #groupCommit(unit: UnitOfWork): Promise<void> {
    this.#batch.push(unit);
    this.#flush ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      const batch = this.#batch;
      this.#batch = [];
      this.#flush = undefined;
      this.#commit(batch.flatMap((done) => [...done.writes.values()]));
    });
    return this.#flush;
  }

  #commit(writes: Iterable<{ table: string; id: string; value: unknown }>): void {
    const file = this.#file!;
    const list = [...writes];
    if (list.length === 0) return;
    // What is stored is each record as memory holds it now: when two requests wrote the same
    // record, whichever commits last stores the value both of them see.
    const current = new Map<string, PendingWrite>();
    for (const { table, id } of list) current.set(`${table}\0${id}`, { table, id, value: this.#map(table).get(id) });
    try {
      file.commit(current.values());
    } catch (error) {
      for (const { table, id, value } of list) {
        const map = this.#map(table);
        // Only undo what nobody changed since; a later writer commits its own value.
        if (map.get(id) !== value) continue;
        const stored = file.read(table, id);
        if (stored === undefined) map.delete(id);
        else map.set(id, stored);
      }
      throw error;
    }
  }
}
