import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parseProjectFile, type ProjectFile } from './config.ts';
import { emitCollections, type GeneratedFiles } from './emit.ts';

/**
 * Typegen options interface: where to read and write.
 */
export interface TypegenOptions {
  /** The `appwrite.json` to read. */
  readonly input: string;
  /** The module to write: `.ts` for TypeScript, `.js`/`.mjs` for JavaScript plus a declarations file beside it. */
  readonly output: string;
  /** Compare instead of writing: report which files are missing or different. */
  readonly check?: boolean;
}

/**
 * Typegen result interface: what a run wrote, or found stale.
 */
export interface TypegenResult {
  /** Every file the generation produces, absolute paths. */
  readonly files: readonly string[];
  /** Files whose content differs from the generation (written, or stale in check mode). */
  readonly changed: readonly string[];
  /** One-line warnings about the output's surroundings, such as a missing `valibot` dependency. */
  readonly warnings: readonly string[];
}

/**
 * Creates the generated files' text from an `appwrite.json`'s text, without touching the disk.
 * Two calls with the same input give the same bytes.
 *
 * @param text The `appwrite.json` text.
 * @param options The source name for the header, the output language, and the file's name in
 * error messages (the source name when left out).
 *
 * @returns The generated files' text.
 */
export function generateFromText(text: string, options: { readonly source: string; readonly kind: 'ts' | 'js'; readonly file?: string }): GeneratedFiles {
  const project = parseProjectFile(text, options.file ?? options.source);
  return emitCollections(project, { source: options.source, hash: meaningHash(project), kind: options.kind });
}

/**
 * Creates the sha256 of what a project file means to the generator: the fields it reads, with
 * collections in output order and object keys sorted. Formatting, key order, `projectName` and
 * every field the generator ignores leave it unchanged, so the header (and `--check`) only
 * changes when the output does.
 *
 * @param project The parsed project file.
 *
 * @returns The hash in hex.
 */
export function meaningHash(project: ProjectFile): string {
  const collections = [...(project.collections ?? [])].sort((a, b) => (a.databaseId < b.databaseId ? -1 : a.databaseId > b.databaseId ? 1 : a.$id < b.$id ? -1 : a.$id > b.$id ? 1 : 0));
  return createHash('sha256').update(canonicalJson({ collections })).digest('hex');
}

// JSON with object keys sorted at every depth; JSON.stringify escapes lone surrogates, so any input hashes.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Creates the declarations path beside a JavaScript module: `x.js` → `x.d.ts`, `x.mjs` → `x.d.mts`.
 *
 * @param output The module path.
 *
 * @returns The declarations path.
 */
export function declarationsPath(output: string): string {
  const extension = extname(output);
  return `${output.slice(0, -extension.length)}${extension === '.mjs' ? '.d.mts' : '.d.ts'}`;
}

/**
 * Generates the types and schemas of an `appwrite.json`'s collections into a module, or checks
 * that the module is current.
 *
 * @param options Where to read and write, and whether to only check.
 *
 * @returns The files produced and those that changed (or are stale).
 */
export async function runTypegen(options: TypegenOptions): Promise<TypegenResult> {
  const input = resolve(options.input);
  const output = resolve(options.output);
  const extension = extname(output);
  if (!['.ts', '.mts', '.js', '.mjs'].includes(extension)) throw new Error(`aw-typegen: the output must end in .ts, .mts, .js or .mjs (got "${basename(output)}")`);
  const kind = extension === '.js' || extension === '.mjs' ? 'js' : 'ts';
  // The header names the input relative to the output, so it reads the same on every machine.
  const source = relative(dirname(output), input).split(sep).join('/');
  const file = relative(process.cwd(), input) || input;
  const generated = generateFromText(await readFile(input, 'utf8'), { source, kind, file });
  const wanted: [string, string][] = [[output, generated.code]];
  if (generated.declarations !== undefined) wanted.push([declarationsPath(output), generated.declarations]);
  const changed: string[] = [];
  for (const [path, text] of wanted) {
    const current = await readFile(path, 'utf8').catch(() => undefined);
    // A checkout that turned line ends into CRLF still holds the same module.
    if (current !== undefined && current.replace(/\r\n/g, '\n') === text) continue;
    changed.push(path);
    if (!options.check) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
  }
  const warnings: string[] = [];
  const missing = await valibotMissing(dirname(output));
  if (missing) warnings.push(`${missing} does not list valibot, which the generated module imports; add it to "dependencies".`);
  return { files: wanted.map(([path]) => path), changed, warnings };
}

/**
 * Finds the nearest `package.json` at or above a folder and tells whether it lacks `valibot`.
 *
 * @param folder The output's folder.
 *
 * @returns The package.json path when it lacks valibot; undefined when it lists it or none is found.
 */
async function valibotMissing(folder: string): Promise<string | undefined> {
  for (let current = folder; ; current = dirname(current)) {
    const path = join(current, 'package.json');
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      let manifest: Record<string, unknown>;
      try {
        manifest = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return undefined;
      }
      const lists = ['dependencies', 'devDependencies', 'peerDependencies'].map((field) => manifest[field]);
      const listed = lists.some((list) => typeof list === 'object' && list !== null && Object.hasOwn(list, 'valibot'));
      return listed ? undefined : path;
    }
    if (dirname(current) === current) return undefined;
  }
}
