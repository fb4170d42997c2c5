import { Store } from '../store/Store.ts';
import { toSnapshotDocument, writeSnapshotFile } from './snapshotFile.ts';

/**
 * Writes the state kept in a data folder to a snapshot file. The folder must not be in use: a
 * running emulator holds it (use `--export-on-exit`, or `emulator.export(path)` in process).
 *
 * @param folder The data folder (`--data`).
 * @param out The snapshot file to write (`.gz` compresses).
 *
 * @returns The bytes written, the number of records and the project ID.
 *
 * @throws DataFolderLockedError When an emulator is using the folder.
 */
export function exportDataFolder(folder: string, out: string): { bytes: number; records: number; projectId: string | null } {
  const store = new Store(folder);
  try {
    const records = store.snapshot();
    const projectId = (records.get('meta')?.get('projectId') as { value?: string } | undefined)?.value ?? null;
    let count = 0;
    for (const map of records.values()) count += map.size;
    return { bytes: writeSnapshotFile(out, toSnapshotDocument(records, projectId)), records: count, projectId };
  } finally {
    store.close();
  }
}
