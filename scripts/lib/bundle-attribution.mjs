// Attributes the bytes of built browser chunks to the packages their source maps name, so a
// report can say what our packages add to a framework's client bundle. Reads plain and indexed
// ("sections") source maps v3; a segment's bytes run to the next segment or the end of its line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** Decodes one mappings string into lines of [generatedColumn, sourceIndex | undefined] segments. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const lineText of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segmentText of lineText.split(',')) {
      if (!segmentText) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segmentText) {
        const digit = DIGIT.get(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        segments.push([column, source]);
        // (the original line, column and name are not needed here)
      } else segments.push([column, undefined]);
    }
    lines.push(segments);
  }
  return lines;
}

/** Lists [generatedLine, generatedColumn, sourcePath | undefined] segments of a (possibly indexed) map, in order. */
function segmentsOf(map) {
  if (map.sections) {
    return map.sections.flatMap((section) =>
      segmentsOf(section.map).map(([line, column, source]) => [
        line + section.offset.line,
        line === 0 ? column + section.offset.column : column,
        source,
      ]),
    );
  }
  const segments = [];
  decodeMappings(map.mappings ?? '').forEach((line, lineIndex) => {
    for (const [column, source] of line) segments.push([lineIndex, column, source === undefined ? undefined : map.sources[source]]);
  });
  return segments;
}

/**
 * Names the package a source path belongs to: `@aw/<dir>` for the workspace's packages/<dir>,
 * the package name for anything under node_modules, `app` for the rest.
 */
export function packageOfSource(source) {
  const workspace = /\/packages\/([^/]+)\//.exec(source);
  if (workspace && !source.includes('node_modules')) return `@aw/${workspace[1]}`;
  const modules = source.split('node_modules/');
  if (modules.length > 1) {
    const rest = modules.at(-1);
    return rest.startsWith('@') ? rest.split('/').slice(0, 2).join('/') : rest.split('/')[0];
  }
  return 'app';
}

/** Every .js file under a folder. */
function listScripts(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js') || entry.isFile() && entry.name.endsWith('.mjs'))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/**
 * Sums, per package, the bytes of the browser chunks under a folder, and gzips each package's
 * slices together for a compressed estimate.
 *
 * @param dir The folder of built client chunks.
 * @param classify Names the group a source path counts under; by default its package.
 *
 * @returns `{ total, unmapped, packages: Map<name, { bytes, gzip }>, gzipOf(names) }`, in bytes;
 *   `gzipOf` compresses the named packages' code together (closer to what a chunk costs than a sum).
 */
export function attributeClientBytes(dir, classify = packageOfSource) {
  const slices = new Map();
  let total = 0;
  let unmapped = 0;
  for (const file of listScripts(dir)) {
    const code = readFileSync(file, 'utf8');
    total += Buffer.byteLength(code);
    const mapFile = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    const mapPath = mapFile && !mapFile.startsWith('data:') ? join(dirname(file), mapFile) : `${file}.map`;
    if (!existsSync(mapPath)) {
      unmapped += Buffer.byteLength(code);
      continue;
    }
    const lines = code.split('\n');
    const segments = segmentsOf(JSON.parse(readFileSync(mapPath, 'utf8')));
    for (let index = 0; index < segments.length; index++) {
      const [line, column, source] = segments[index];
      const next = segments[index + 1];
      const end = next && next[0] === line ? next[1] : (lines[line]?.length ?? column);
      const text = (lines[line] ?? '').slice(column, Math.max(column, end));
      const name = source === undefined ? 'unmapped' : classify(source);
      if (!slices.has(name)) slices.set(name, []);
      slices.get(name).push(text);
    }
  }
  const packages = new Map();
  for (const [name, texts] of slices) {
    const joined = texts.join('');
    packages.set(name, { bytes: Buffer.byteLength(joined), gzip: gzipSync(joined, { level: 9 }).length });
  }
  const gzipOf = (names) => gzipSync(names.flatMap((name) => slices.get(name) ?? []).join(''), { level: 9 }).length;
  return { total, unmapped, packages, gzipOf };
}
