import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Tables as they are written to disk: table name -> record id -> record. */
export type TableData = Record<string, Record<string, unknown>>;

/** One journal line: a put (`v` set) or a delete (`v` absent). */
interface JournalEntry {
  t: string;
  id: string;
  v?: unknown;
}

/**
 * An append-only journal with snapshots. Every write is appended and fsynced before
 * the caller continues, so an acknowledged write survives a crash; on open the last
 * snapshot is loaded and the journal replayed, then both are compacted into a new snapshot.
 */
export class Journal {
  readonly #dir: string;
  #fd: number;

  /**
   * Creates a journal in a folder, creating the folder when needed.
   *
   * @param dir The data folder.
   */
  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(dir, { recursive: true });
    this.#fd = -1;
  }

  /**
   * Loads the snapshot and replays the journal.
   *
   * @returns The tables as they were after the last acknowledged write.
   */
  load(): TableData {
    const snapshotPath = join(this.#dir, 'snapshot.json');
    const tables: TableData = existsSync(snapshotPath) ? (JSON.parse(readFileSync(snapshotPath, 'utf8')) as TableData) : {};
    const journalPath = join(this.#dir, 'journal.ndjson');
    if (existsSync(journalPath)) {
      for (const line of readFileSync(journalPath, 'utf8').split('\n')) {
        if (!line) continue;
        let entry: JournalEntry;
        try {
          entry = JSON.parse(line) as JournalEntry;
        } catch {
          break; // a torn last line from a crash mid-write was never acknowledged
        }
        const table = (tables[entry.t] ??= {});
        if (entry.v === undefined) delete table[entry.id];
        else table[entry.id] = entry.v;
      }
    }
    this.compact(tables);
    return tables;
  }

  /**
   * Appends one write and flushes it to disk.
   *
   * @param table The table name.
   * @param id The record id.
   * @param value The new record, or undefined for a delete.
   */
  append(table: string, id: string, value: unknown): void {
    const entry: JournalEntry = value === undefined ? { t: table, id } : { t: table, id, v: value };
    writeSync(this.#fd, `${JSON.stringify(entry)}\n`);
    fsyncSync(this.#fd);
  }

  /**
   * Writes a snapshot atomically (temp file, fsync, rename) and starts an empty journal.
   *
   * @param tables All tables.
   */
  compact(tables: TableData): void {
    const tmp = join(this.#dir, 'snapshot.json.tmp');
    const fd = openSync(tmp, 'w');
    writeSync(fd, JSON.stringify(tables));
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, join(this.#dir, 'snapshot.json'));
    if (this.#fd >= 0) closeSync(this.#fd);
    this.#fd = openSync(join(this.#dir, 'journal.ndjson'), 'w');
    fsyncSync(this.#fd);
  }

  /**
   * Closes the journal file.
   */
  close(): void {
    if (this.#fd >= 0) closeSync(this.#fd);
    this.#fd = -1;
  }
}
