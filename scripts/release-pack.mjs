#!/usr/bin/env node
// Produces the tarballs a publish would send, one per public package, in .release/:
//   1. builds every package (turbo),
//   2. runs publint and arethetypeswrong on each (`lint:pkg`), unless --skip-lint,
//   3. `pnpm pack`s each one (pnpm rewrites `workspace:` ranges to real versions),
//   4. checks every tarball: LICENSE and README.md inside, no `workspace:` range left,
//      every @aw dependency also packed here (so installing the folder needs no registry @aw package),
//   5. writes .release/manifest.json (name, version, file, bytes).
// `pnpm release` runs `changeset version` first; CI runs this script alone, so no version is bumped.
//
// Usage: node scripts/release-pack.mjs [--out .release] [--skip-lint] [--skip-build]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: '.release' },
    'skip-lint': { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
  },
});
const out = resolve(root, args.out);

/** Runs a command in a folder, echoing it, and returns its stdout. */
function run(command, commandArgs, cwd = root) {
  console.log(`$ ${command} ${commandArgs.join(' ')}${cwd === root ? '' : `   (in ${cwd.slice(root.length + 1)})`}`);
  return execFileSync(command, commandArgs, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' } });
}

/** The public packages under packages/, as { dir, manifest }. */
export function publicPackages() {
  return readdirSync(join(root, 'packages'))
    .map((name) => ({ dir: join(root, 'packages', name), manifest: JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private);
}

const packages = publicPackages();
const filters = packages.flatMap(({ manifest }) => [`--filter=${manifest.name}`]);
if (!args['skip-build']) process.stdout.write(run('pnpm', ['exec', 'turbo', 'run', 'build', ...filters, '--output-logs=errors-only']));
if (!args['skip-lint']) process.stdout.write(run('pnpm', ['exec', 'turbo', 'run', 'lint:pkg', ...filters, '--output-logs=errors-only', '--concurrency=2']));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const manifestOut = [];
const problems = [];
const names = new Set(packages.map(({ manifest }) => manifest.name));
for (const { dir, manifest } of packages) {
  const before = new Set(readdirSync(out));
  run('pnpm', ['pack', '--pack-destination', out], dir);
  const file = readdirSync(out).find((entry) => !before.has(entry) && entry.endsWith('.tgz'));
  if (!file) {
    problems.push(`${manifest.name}: pnpm pack wrote no tarball`);
    continue;
  }
  const listing = execFileSync('tar', ['-tzf', join(out, file)], { encoding: 'utf8' }).split('\n');
  for (const required of ['package/LICENSE', 'package/README.md', 'package/package.json']) {
    if (!listing.includes(required)) problems.push(`${file}: ${required} is missing${required === 'package/LICENSE' ? ' (copy the root LICENSE into the package and list it in `files`)' : ''}`);
  }
  const packed = JSON.parse(execFileSync('tar', ['-xzOf', join(out, file), 'package/package.json'], { encoding: 'utf8' }));
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dep, range] of Object.entries(packed[field] ?? {})) {
      if (String(range).startsWith('workspace:')) problems.push(`${file}: ${field}.${dep} is still ${range}`);
      if (dep.startsWith('@aw/') && !names.has(dep)) problems.push(`${file}: ${field}.${dep} is not a public package of this repo`);
    }
  }
  manifestOut.push({ name: packed.name, version: packed.version, file, bytes: statSync(join(out, file)).size });
}
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestOut, null, 2)}\n`);
console.log(`\n${manifestOut.length} tarballs in ${args.out}/:`);
for (const entry of manifestOut) console.log(`  ${entry.file.padEnd(32)} ${(entry.bytes / 1024).toFixed(1).padStart(8)} kB`);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
