import { chmodSync, closeSync, constants, lstatSync, mkdirSync, openSync, readdirSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Mode of a data folder: only its owner may list or enter it. */
export const FOLDER_MODE = 0o700;
/** Mode of every file in a data folder: the database holds password hashes and session secrets. */
export const FILE_MODE = 0o600;

// Names an emulator keeps in its data folder: a folder holding only these (or nothing) is the emulator's own.
const OWN_NAMES = /^(emulator\.(sqlite(-wal|-shm|-journal)?|pid)|(snapshot\.json|journal\.ndjson)(\.migrated)?)$/;

/**
 * Creates a data folder readable by its owner only. A missing folder is made 0700 whatever the
 * umask. An existing one is tightened to 0700 only when it holds nothing but emulator files: a
 * folder the user also keeps other things in (`--data .`) keeps its mode, and the 0600 files
 * inside still keep their content private.
 *
 * @param dir The data folder.
 */
export function prepareDataFolder(dir: string): void {
  const created = mkdirSync(dir, { recursive: true, mode: FOLDER_MODE }) !== undefined;
  const stat = lstatSync(dir);
  if (!stat.isDirectory()) return;
  if (created || readdirSync(dir).every((name) => OWN_NAMES.test(name))) {
    if ((stat.mode & 0o777) !== FOLDER_MODE && ownedByMe(stat.uid)) chmodSync(dir, FOLDER_MODE);
  }
}

/**
 * Gives the database and its WAL/SHM files mode 0600 before SQLite opens them: a missing database
 * file is created empty with that mode (SQLite gives its WAL and SHM files the database file's
 * mode), and existing files are tightened. Links are never followed.
 *
 * @param dir The data folder.
 * @param databaseFile The database file name.
 */
export function prepareDatabaseFiles(dir: string, databaseFile: string): void {
  try {
    const fd = openSync(join(dir, databaseFile), constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, FILE_MODE);
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  for (const name of [databaseFile, `${databaseFile}-wal`, `${databaseFile}-shm`, `${databaseFile}-journal`]) tighten(join(dir, name));
}

/**
 * Writes the pid file without following links: whatever is at its name (a stale pid file, or a
 * symlink planted to make the emulator overwrite another file) is removed, not written through,
 * and the new file is created exclusively with mode 0600. Called only while holding the folder's
 * database lock, so no other emulator writes it at the same time.
 *
 * @param dir The data folder.
 * @param pidFile The pid file name.
 */
export function writePidFile(dir: string, pidFile: string): void {
  const path = join(dir, pidFile);
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let fd: number;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, FILE_MODE);
  } catch (error) {
    // Something was planted again between unlink and open: the pid is only a hint in an error message, so skip it.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST' || (error as NodeJS.ErrnoException).code === 'ELOOP') return;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Sets a regular file's mode to 0600 when it exists and is ours; a symlink is left alone.
 *
 * @param path The file.
 */
function tighten(path: string): void {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return;
  }
  if (stat.isFile() && (stat.mode & 0o777) !== FILE_MODE && ownedByMe(stat.uid)) chmodSync(path, FILE_MODE);
}

/**
 * Tells whether a file belongs to this process's user (chmod on another user's file would fail).
 *
 * @param uid The file's owner.
 *
 * @returns Whether it is ours (always true where uids do not exist).
 */
function ownedByMe(uid: number): boolean {
  return typeof process.getuid !== 'function' || process.getuid() === uid || process.getuid() === 0;
}
