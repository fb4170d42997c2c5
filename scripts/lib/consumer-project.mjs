// Builds a consumer project the way a user outside this repo would: an empty folder, plain npm,
// the packed tarballs from .release/ (third-party deps such as ofetch and valibot come from the
// registry), then `tsc` with skipLibCheck off under moduleResolution bundler and node16.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** Versions the consumer installs beside our tarballs, pinned like the repo's own. */
const CONSUMER_DEPS = ['typescript@6.0.3', '@types/node@20.19.43', 'ws@8.23.0', '@types/ws@8.18.2', 'esbuild@0.28.2'];

/**
 * Runs a command, failing with its output when it exits non-zero.
 *
 * @param {string} command The program.
 * @param {string[]} args Its arguments.
 * @param {string} cwd Where to run it.
 * @param {Record<string, string>} [env] Extra environment.
 *
 * @returns {string} Its stdout.
 */
export function sh(command, args, cwd, env = {}) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${error.status}):\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

/**
 * Creates the consumer project from the tarballs and type-checks it.
 *
 * @param {{ release?: string, dir?: string, log?: (line: string) => void }} [options] Where the tarballs are, where to build.
 *
 * @returns {{ dir: string, tarballs: string[], timings: Record<string, number> }} The project folder (compiled JS in dist/).
 */
export function prepareConsumer({ release = join(root, '.release'), dir, log = console.log } = {}) {
  if (!existsSync(join(release, 'manifest.json'))) throw new Error(`no tarballs in ${release}: run \`pnpm release:pack\` first`);
  const tarballs = JSON.parse(readFileSync(join(release, 'manifest.json'), 'utf8')).map((entry) => join(release, entry.file));
  dir ??= mkdtempSync(join(tmpdir(), 'aw-consumer-'));
  cpSync(join(root, 'scripts/consumer'), dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'aw-consumer', private: true, type: 'module' }, null, 2)}\n`);
  const timings = {};
  let started = Date.now();
  log(`consumer: npm install ${tarballs.length} tarballs + ${CONSUMER_DEPS.join(' ')} in ${dir}`);
  sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs, ...CONSUMER_DEPS], dir);
  timings.install = Date.now() - started;
  const tsc = join(dir, 'node_modules/typescript/bin/tsc');
  for (const config of ['tsconfig.bundler.json', 'tsconfig.node16.json']) {
    started = Date.now();
    log(`consumer: tsc -p ${config} (skipLibCheck false)`);
    sh(process.execPath, [tsc, '-p', config], dir);
    timings[config] = Date.now() - started;
  }
  log(`consumer: compiled ${readdirSync(join(dir, 'dist')).join(', ')}`);
  return { dir, tarballs, timings };
}
