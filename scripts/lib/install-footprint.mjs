// Measures what an app in this pnpm workspace installs: every package reachable from its
// node_modules (dependencies and devDependencies, through pnpm's symlinks), counted once, by
// bytes of files on disk. The workspace's own packages (packages/*) are counted apart.
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

/** Bytes of the files under a folder, not following symlinks and not entering node_modules. */
function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** The dependency folders a package sees: pnpm puts them beside it in .pnpm/<id>/node_modules, or in its own node_modules. */
function dependencyDirs(packageDir) {
  const parts = packageDir.split(sep);
  const pnpmAt = parts.lastIndexOf('.pnpm');
  const holder = pnpmAt >= 0 ? parts.slice(0, pnpmAt + 3).join(sep) : join(packageDir, 'node_modules');
  if (!existsSync(holder)) return [];
  const dirs = [];
  for (const name of readdirSync(holder)) {
    if (name.startsWith('.')) continue;
    const path = join(holder, name);
    if (name.startsWith('@')) for (const scoped of readdirSync(path)) dirs.push(join(path, scoped));
    else dirs.push(path);
  }
  return dirs.filter((dir) => existsSync(dir) && realpathSync(dir) !== packageDir);
}

/**
 * Walks an app's installed packages.
 *
 * @param appDir The app's folder (its node_modules is the start).
 * @param skip Top-level dependency names left out with everything only they bring (e.g. `@aw/emulator`).
 *
 * @returns `{ packages, bytes, workspaceBytes }`: third-party packages and their bytes, and the bytes of our own packages' folders.
 */
export function installFootprint(appDir, skip = []) {
  const seen = new Set();
  const queue = dependencyDirs(realpathSync(appDir)).filter((dir) => !skip.some((name) => dir.endsWith(`${sep}${name.split('/').join(sep)}`)));
  while (queue.length > 0) {
    const real = realpathSync(queue.pop());
    if (seen.has(real) || !lstatSync(real).isDirectory()) continue;
    seen.add(real);
    queue.push(...dependencyDirs(real));
  }
  let bytes = 0;
  let workspaceBytes = 0;
  let packages = 0;
  for (const dir of seen) {
    const size = bytesUnder(dir);
    if (dir.includes(`${sep}.pnpm${sep}`)) {
      bytes += size;
      packages++;
    } else workspaceBytes += size;
  }
  return { packages, bytes, workspaceBytes, name: basename(appDir), root: dirname(appDir) };
}
