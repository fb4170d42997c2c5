#!/usr/bin/env node
import { accessSync, constants, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppwriteConfigError } from '@aw/appwrite-config';
import { parseConfigText } from './config/loadConfig.ts';
import { createKeyring } from './auth/apiKeys.ts';
import type { ProjectConfig } from './config/types.ts';

const HELP = `Usage: aw-emulator [options]

Starts a local server that speaks the Appwrite 1.5 client API, and prints its endpoint
and project id. Stop it with Ctrl+C.

Options:
  -p, --port <number>   TCP port to listen on, 0 for any free port (default: 8787)
      --host <address>  interface to bind (default: 127.0.0.1, this machine only)
  -c, --config <file>   the Appwrite CLI's appwrite.json: project id, databases, collections,
                        buckets, functions, teams and topics (default: an empty project
                        "aw-emulator")
  -d, --data <folder>   keep state in this folder (SQLite, survives restarts); created
                        when missing (default: memory only)
      --no-rate-limits  turn Appwrite's per-endpoint rate limits off, e.g. for test suites
                        that sign up many users (default: on, as in Appwrite)
      --origin <origin> allow browser requests from this origin (repeatable): a full origin
                        (https://app.example.com), a hostname, *.example.com, or * for any.
                        Always allowed: localhost, 127.0.0.1, [::1] and the web platforms
                        of appwrite.json
      --import <file>   start from a snapshot file (see export below); with --data, the
                        folder must be empty
      --export-on-exit <file>
                        write a snapshot of the whole state to this file on Ctrl+C or
                        SIGTERM (.gz compresses)
      --no-console      do not serve the emulator console (a web page at /__emulator/
                        showing users, data, files, the outbox and logs live)
      --key <secret>[:<scope>,<scope>]
                        accept this API key in X-Appwrite-Key (repeatable): every scope, or
                        only the Appwrite 1.5 scopes listed (users.read, documents.write …).
                        A key acts as the server: no permissions, no rate limits
      --allow-private-avatar-urls
                        let /avatars/image and /avatars/favicon fetch from loopback, private
                        and link-local addresses (default: public addresses only, because
                        any web page can make the emulator fetch a URL)
  -h, --help            print this help and exit
  -v, --version         print the version and exit

Snapshots:
  aw-emulator export --data <folder> --out <file>
                        write the state of a data folder (users with password hashes,
                        sessions, teams, documents, files …) to one portable JSON file
                        (.gz compresses). The folder must not be in use by a running
                        emulator; for that one, use --export-on-exit.

Examples:
  aw-emulator --config ./appwrite.json --data ./.aw-emulator
  aw-emulator --port 0 --no-rate-limits
  aw-emulator --config ./appwrite.json --import ./state.json --export-on-exit ./state.json
  aw-emulator --key "$SEED_KEY" --key "$FUNCTION_KEY:documents.read,documents.write"`;

/** A problem the user can fix: printed as one line, exit code 1 (2 for bad usage). */
class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/**
 * Reads the package version from the package.json next to dist/.
 *
 * @returns The version string.
 */
function readVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/**
 * Creates the parsed flags, or throws a usage error naming the bad flag.
 *
 * @param argv The arguments after the program name.
 *
 * @returns The flags.
 */
function parseFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', short: 'p', default: '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        config: { type: 'string', short: 'c' },
        data: { type: 'string', short: 'd' },
        'no-rate-limits': { type: 'boolean', default: false },
        'no-console': { type: 'boolean', default: false },
        origin: { type: 'string', multiple: true, default: [] },
        import: { type: 'string' },
        'export-on-exit': { type: 'string' },
        key: { type: 'string', multiple: true, default: [] },
        'allow-private-avatar-urls': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    }).values;
  } catch (error) {
    // parseArgs' messages already name the flag; keep its first sentence.
    throw new CliError(`${(error as Error).message.split('. ')[0]!.replace(/\.$/, '')}. See aw-emulator --help.`, 2);
  }
}

/**
 * Creates a valid port number from the flag, or throws a usage error.
 *
 * @param value The `--port` value.
 *
 * @returns The port.
 */
function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port > 65_535) {
    throw new CliError(`--port must be a whole number from 0 to 65535, got "${value}".`, 2);
  }
  return port;
}

/**
 * Creates the project config from an appwrite.json, naming `file:line:column` of a JSON error or
 * of a mistake `aw-typegen` would also refuse (the same checks, in the same words).
 *
 * @param file The path given to `--config`.
 *
 * @returns The parsed config, with `baseDir` set to the file's folder.
 */
function readConfigFile(file: string): Partial<ProjectConfig> {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`Cannot read the config file ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}.`);
  }
  try {
    return parseConfigText(text, path);
  } catch (error) {
    if (error instanceof AppwriteConfigError) throw new CliError(error.message);
    throw error;
  }
}

/**
 * Checks the data folder: created when missing, and it must be a writable folder.
 *
 * @param folder The path given to `--data`.
 *
 * @returns The absolute path.
 */
function checkDataFolder(folder: string): string {
  const path = resolve(folder);
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
    if (!statSync(path).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EEXIST' || code === 'ENOTDIR' ? 'it is a file, not a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    throw new CliError(`Cannot use the data folder ${path}: ${why}.`);
  }
  return path;
}

/**
 * Checks the `--key` declarations before anything starts, as a usage error that never quotes a secret.
 *
 * @param specs The `--key` values.
 */
function checkKeys(specs: string[]): void {
  try {
    createKeyring(specs);
  } catch (error) {
    throw new CliError(`--key: ${(error as Error).message}`, 2);
  }
}

/**
 * Runs the `aw-emulator` command: parses flags, starts the server and prints where it listens.
 */
async function main(): Promise<void> {
  if (process.argv[2] === 'export') return runExport(process.argv.slice(3));
  const flags = parseFlags(process.argv.slice(2));
  if (flags.help) {
    console.log(HELP);
    return;
  }
  if (flags.version) {
    console.log(readVersion());
    return;
  }
  const port = parsePort(flags.port);
  checkKeys(flags.key);
  const config = flags.config ? readConfigFile(flags.config) : undefined;
  const persist = flags.data ? checkDataFolder(flags.data) : undefined;
  let emulator;
  try {
    // Loaded only now: --help, --version and flag or config errors answer without loading the server.
    const { startEmulator } = await import('./startEmulator.ts');
    emulator = await startEmulator({
      port,
      host: flags.host,
      ...(config ? { config } : {}),
      ...(persist ? { persist } : {}),
      rateLimits: !flags['no-rate-limits'],
      origins: flags.origin,
      ...(flags.import ? { import: resolve(flags.import) } : {}),
      console: !flags['no-console'],
      keys: flags.key,
      allowPrivateAvatarUrls: flags['allow-private-avatar-urls'],
    });
  } catch (error) {
    const { code, syscall, path } = error as NodeJS.ErrnoException;
    if ((error as Error).name === 'SnapshotError') throw new CliError((error as Error).message);
    if (code === 'EADDRINUSE') throw new CliError(`Port ${port} on ${flags.host} is already in use: stop the other server or pick another with --port.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`Cannot listen on ${flags.host}: no such address on this machine (see --host).`);
    if (code === 'EACCES' && syscall === 'listen') throw new CliError(`Not allowed to listen on port ${port} (ports below 1024 need privileges): pick another with --port.`);
    if (persist && error instanceof SyntaxError) {
      // Journal lines are checked one by one; only the snapshot is parsed whole.
      throw new CliError(`Cannot load the data folder ${persist}: snapshot.json is not valid JSON (move the folder away to start empty).`);
    }
    if (persist && (code === 'EACCES' || code === 'EPERM' || code === 'ENOTDIR' || code === 'EISDIR')) {
      throw new CliError(`Cannot load the data folder ${persist}: ${code === 'EISDIR' || code === 'ENOTDIR' ? 'unexpected file type at' : 'permission denied for'} ${path ?? 'a file in it'}.`);
    }
    throw error;
  }
  console.log(`Appwrite emulator listening on ${emulator.url}`);
  console.log(`Project: ${emulator.projectId}`);
  if (emulator.consoleUrl) console.log(`Console: ${emulator.consoleUrl}`);
  console.log(flags['no-rate-limits'] ? 'Rate limits: off' : 'Rate limits: on, as in Appwrite (--no-rate-limits turns them off)');
  // The secrets themselves are never printed.
  if (flags.key.length > 0) console.log(`API keys: ${flags.key.length} (send one in X-Appwrite-Key to act as the server)`);
  const exportOnExit = flags['export-on-exit'] ? resolve(flags['export-on-exit']) : undefined;
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    if (exportOnExit) {
      try {
        emulator.export(exportOnExit);
        console.log(`Exported the state to ${exportOnExit}`);
      } catch (error) {
        console.error(`aw-emulator: could not export to ${exportOnExit}: ${(error as Error).message}`);
      }
    }
    void emulator.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * Runs `aw-emulator export --data <folder> --out <file>`.
 *
 * @param argv The arguments after `export`.
 */
async function runExport(argv: string[]): Promise<void> {
  let flags;
  try {
    flags = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: { data: { type: 'string', short: 'd' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h', default: false } },
    }).values;
  } catch (error) {
    throw new CliError(`${(error as Error).message.split('. ')[0]!.replace(/\.$/, '')}. See aw-emulator --help.`, 2);
  }
  if (flags.help) {
    console.log(HELP);
    return;
  }
  if (!flags.data || !flags.out) throw new CliError('export needs --data <folder> and --out <file>. See aw-emulator --help.', 2);
  const folder = resolve(flags.data);
  if (!existsSync(join(folder, 'emulator.sqlite'))) throw new CliError(`${folder} holds no emulator state (no emulator.sqlite).`);
  const { exportDataFolder } = await import('./snapshot/exportDataFolder.ts');
  const out = resolve(flags.out);
  let written;
  try {
    written = exportDataFolder(folder, out);
  } catch (error) {
    if ((error as Error).name === 'DataFolderLockedError') {
      throw new CliError(`The data folder ${folder} is in use by a running emulator: stop it first (or start it with --export-on-exit).`);
    }
    throw error;
  }
  console.log(`Exported ${written.records} records of project ${written.projectId ?? '(unknown)'} to ${out} (${written.bytes} bytes)`);
}

main().catch((error: unknown) => {
  if (error instanceof CliError) {
    console.error(`aw-emulator: ${error.message}`);
    process.exit(error.exitCode);
  }
  console.error((error as Error | undefined)?.name === 'DataFolderLockedError' ? `aw-emulator: ${(error as Error).message}` : error);
  process.exit(1);
});
