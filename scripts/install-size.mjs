#!/usr/bin/env node
// Measures what an app installs: an SDK-only app (core, models, account, databases, storage,
// realtime) and the same app with @aw/emulator, both from the packed tarballs in .release/ with
// plain npm into empty temp projects. Prints packages and MB on disk, and the heaviest packages
// the emulator adds. Run `pnpm release:pack` first.
//
// Usage: node scripts/install-size.mjs [--release .release] [--top 12]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { release: { type: 'string', default: '.release' }, top: { type: 'string', default: '12' } } });
const release = resolve(root, args.release);
const manifest = JSON.parse(readFileSync(join(release, 'manifest.json'), 'utf8'));
const tarball = (name) => join(release, manifest.find((entry) => entry.name === name).file);
const SDK = ['@aw/core', '@aw/models', '@aw/account', '@aw/databases', '@aw/storage', '@aw/realtime'];

/** Bytes on disk under a folder (files only, symlinks not followed). */
function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

/** Installs the tarballs into an empty project and measures node_modules. */
function measure(names) {
  const dir = mkdtempSync(join(tmpdir(), 'aw-size-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...names.map(tarball)], { cwd: dir, stdio: 'inherit' });
    const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
    const packages = Object.entries(lock.packages).filter(([path]) => path.startsWith('node_modules/') && existsSync(join(dir, path)));
    // (optional packages for other platforms are in the lockfile but not on disk)
    const sizes = packages.map(([path]) => ({ name: path.slice('node_modules/'.length).replace(/\/node_modules\//g, ' > '), bytes: bytesUnder(join(dir, path)) }));
    const own = (entry) => sizes.filter((other) => other.name.startsWith(`${entry.name} > `)).reduce((sum, other) => sum + other.bytes, 0);
    return { packages: packages.length, bytes: bytesUnder(join(dir, 'node_modules')), sizes: sizes.map((entry) => ({ ...entry, bytes: entry.bytes - own(entry) })) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const sdk = measure(SDK);
const withEmulator = measure([...SDK, '@aw/emulator']);
console.log(`\n| install | packages | on disk |\n| --- | ---: | ---: |`);
console.log(`| SDK only (${SDK.join(', ')}) | ${sdk.packages} | ${mb(sdk.bytes)} |`);
console.log(`| SDK + @aw/emulator | ${withEmulator.packages} | ${mb(withEmulator.bytes)} |`);
console.log(`| @aw/emulator adds | ${withEmulator.packages - sdk.packages} | ${mb(withEmulator.bytes - sdk.bytes)} |`);
console.log(`\nHeaviest packages with the emulator:`);
for (const entry of withEmulator.sizes.sort((a, b) => b.bytes - a.bytes).slice(0, Number(args.top))) console.log(`  ${mb(entry.bytes).padStart(8)}  ${entry.name}`);
