import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { PendingWrite } from './SqliteFile.ts';

// Emulators before the SQLite store kept a data folder as `snapshot.json` (table -> id -> record)
// plus `journal.ndjson` (one `{t, id, v?}` line per write, `v` absent for a delete).
const SNAPSHOT = 'snapshot.json';
const JOURNAL = 'journal.ndjson';

/**
 * Reads a data folder written by the old journal, if there is one.
 *
 * @param dir The data folder.
 *
 * @returns The records as writes in their original order, or undefined when the folder has no old files.
 */
export function readLegacyJournal(dir: string): PendingWrite[] | undefined {
  const snapshotPath = join(dir, SNAPSHOT);
  const journalPath = join(dir, JOURNAL);
  if (!existsSync(snapshotPath) && !existsSync(journalPath)) return undefined;
  const tables = new Map<string, Map<string, unknown>>();
  if (existsSync(snapshotPath)) {
    const snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Record<string, Record<string, unknown>>;
    for (const [table, records] of Object.entries(snapshot)) tables.set(table, new Map(Object.entries(records)));
  }
  if (existsSync(journalPath)) {
    for (const line of readFileSync(journalPath, 'utf8').split('\n')) {
      if (!line) continue;
      let entry: { t: string; id: string; v?: unknown };
      try {
        entry = JSON.parse(line) as typeof entry;
      } catch {
        continue; // a torn line (crash or full disk mid-write); the old format cannot tell more
      }
      let table = tables.get(entry.t);
      if (!table) tables.set(entry.t, (table = new Map()));
      if (entry.v === undefined) table.delete(entry.id);
      else table.set(entry.id, entry.v);
    }
  }
  const writes: PendingWrite[] = [];
  for (const [table, records] of tables) for (const [id, value] of records) writes.push({ table, id, value });
  return writes;
}

/**
 * Renames the old journal's files once their content is in the database, keeping them as a backup.
 *
 * @param dir The data folder.
 */
export function retireLegacyJournal(dir: string): void {
  for (const name of [SNAPSHOT, JOURNAL]) {
    const path = join(dir, name);
    if (existsSync(path)) renameSync(path, `${path}.migrated`);
  }
}
