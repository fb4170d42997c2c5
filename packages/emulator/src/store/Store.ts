import { Journal, type TableData } from './Journal.ts';

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

/**
 * The emulator's state: plain JSON records in named tables, in memory, and when
 * persistent also journaled to disk with an fsync per write.
 */
export class Store {
  readonly #tables = new Map<string, Map<string, unknown>>();
  readonly #journal: Journal | undefined;

  /**
   * Creates a store.
   *
   * @param dir A data folder to persist to, or undefined for memory only.
   */
  constructor(dir?: string) {
    if (dir) {
      this.#journal = new Journal(dir);
      const data = this.#journal.load();
      for (const [name, records] of Object.entries(data)) this.#tables.set(name, new Map(Object.entries(records)));
    }
  }

  /**
   * Returns the table with this name, creating it empty when needed.
   *
   * @param name The table name (e.g. `users`, `documents`).
   *
   * @returns The table.
   */
  table<T>(name: string): Table<T> {
    let records = this.#tables.get(name) as Map<string, T> | undefined;
    if (!records) {
      records = new Map();
      this.#tables.set(name, records);
    }
    const map = records;
    const journal = this.#journal;
    return {
      get: (id) => map.get(id),
      all: () => [...map.values()],
      filter: (predicate) => [...map.values()].filter(predicate),
      find: (predicate) => {
        for (const record of map.values()) if (predicate(record)) return record;
        return undefined;
      },
      put: (id, record) => {
        // Journal first: a record is only visible once it is durable.
        journal?.append(name, id, record);
        map.set(id, record);
        return record;
      },
      delete: (id) => {
        if (!map.has(id)) return false;
        journal?.append(name, id, undefined);
        map.delete(id);
        return true;
      },
    };
  }

  /**
   * Compacts the journal into a snapshot and closes the files.
   */
  close(): void {
    if (!this.#journal) return;
    const data: TableData = {};
    for (const [name, records] of this.#tables) data[name] = Object.fromEntries(records);
    this.#journal.compact(data);
    this.#journal.close();
  }
}
