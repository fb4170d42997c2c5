import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, relative, resolve, sep } from 'node:path';
import { parseProjectFile } from './config.ts';
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
}

/**
 * Creates the generated files' text from an `appwrite.json`'s text, without touching the disk.
 * Two calls with the same input give the same bytes.
 *
 * @param text The `appwrite.json` text.
 * @param options The source name for the header and the output language.
 *
 * @returns The generated files' text.
 */
export function generateFromText(text: string, options: { readonly source: string; readonly kind: 'ts' | 'js' }): GeneratedFiles {
  const hash = createHash('sha256').update(text).digest('hex');
  return emitCollections(parseProjectFile(text, options.source), { source: options.source, hash, kind: options.kind });
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
  const generated = generateFromText(await readFile(input, 'utf8'), { source, kind });
  const wanted: [string, string][] = [[output, generated.code]];
  if (generated.declarations !== undefined) wanted.push([declarationsPath(output), generated.declarations]);
  const changed: string[] = [];
  for (const [path, text] of wanted) {
    const current = await readFile(path, 'utf8').catch(() => undefined);
    if (current === text) continue;
    changed.push(path);
    if (!options.check) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
  }
  return { files: wanted.map(([path]) => path), changed };
}
