import type { Store } from '../store/Store.ts';
import { readSnapshotFile, SnapshotError } from './snapshotFile.ts';

/**
 * Loads a snapshot file into an empty store.
 *
 * @param store The store, which must hold nothing yet.
 * @param path The snapshot file.
 * @param projectId The project the emulator serves; a snapshot of another project is refused.
 *
 * @throws SnapshotError When the file cannot be loaded, names another project, or the store has state.
 */
export function importSnapshot(store: Store, path: string, projectId: string): void {
  const { records, projectId: snapshotProject } = readSnapshotFile(path);
  if (snapshotProject !== null && snapshotProject !== projectId) {
    throw new SnapshotError(`${path} holds project "${snapshotProject}", but this emulator serves "${projectId}": start it with that project's appwrite.json.`);
  }
  if (!store.isEmpty()) {
    throw new SnapshotError(`Cannot import ${path}: the data folder already holds state. Import into an empty or new folder, or without --data.`);
  }
  store.restore(records);
}

/**
 * Records which project a store's state belongs to (once), so an export of its data folder names it.
 *
 * @param store The store.
 * @param projectId The project ID.
 */
export function rememberProject(store: Store, projectId: string): void {
  const meta = store.table<{ value: string }>('meta');
  if (!meta.get('projectId')) meta.put('projectId', { value: projectId });
}
