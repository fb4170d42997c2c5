import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppwriteConfigError, ES_GLOBAL_NAMES, generateFromText, PLATFORM_GLOBAL_NAMES } from '../src/index.ts';

// Every config typegen accepts must give a module that compiles under `tsc --strict`, imports
// without side effects, and declares no name that shadows a built-in. The configs are generated
// with hostile text everywhere a user can write it.

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const RUNS = 100;

// IDs and keys follow Appwrite's rule (1 to 36 letters, digits, ".", "-", "_", not starting with a
// mark), so they are hostile within it: prototype members, built-in type names, reserved words,
// names that collide once singularised or PascalCased, digits first, dots and hyphens.
const HOSTILE_IDS = [
  'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'then', 'isPrototypeOf', 'toJSON',
  'Record', 'Partial', 'Array', 'Object', 'Promise', 'Date', 'URL', 'Number', 'String', 'Symbol', 'Map', 'Error', 'Function',
  'records', 'partials', 'arrays', 'objects', 'system', 'related', 'unknowns', 'unknown', 'never', 'any',
  'books', 'book', 'Book', 'book-data', 'Book-Data', 'book_data', 'book.data', 'BookData', 'bookData', 'books-data',
  'DocumentSystemFields', 'UnknownDocument', 'RelatedData', 'systemEntries', 'isDate', 'isObject', 'objectMessage', 'v',
  'default', 'class', 'enum', 'await', 'yield', 'let', 'import', 'export', 'null', 'undefined', 'NaN', 'Infinity', 'globalThis', 'eval', 'arguments',
  '1abc', '123', '0', '9-lives', '1.5', 'a.b', 'a-b', 'a..b', 'a--', 'a__', 'data', 'Data', 'schema', 'Collection', 'documents', 'x'.repeat(36),
];
// Refused by the config check; rare, so most configs are accepted and still check the refusal path.
const INVALID_IDS = ['__proto__', '_id', '.x', '-x', 'a b', 'ü', 'x'.repeat(37), 'a\u2028b'];
const ident = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom(...HOSTILE_IDS) },
  { weight: 30, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,35}$/) },
  { weight: 1, arbitrary: fc.constantFrom(...INVALID_IDS) },
);

// Display names and enum elements are free text: any unicode, lone surrogates and U+2028 included.
const HOSTILE_TEXT = [
  ...HOSTILE_IDS, '__proto__', 'book data', 'Book Data',
  'a"b', "a'b", 'a`b', '${x}', '\\', '*/', '/*', '//', '\n', 'a\u2028b', '\u2029', '\ud800', '\udfff', 'x\ud83d', '\u202e', '\u200b',
  ' ', 'Ω', 'Bücher', '書籍', '🍕', 'ü',
];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }) },
);

interface Draft {
  readonly key: string;
  readonly kind: 'string' | 'email' | 'url' | 'ip' | 'enum' | 'integer' | 'double' | 'float' | 'boolean' | 'datetime' | 'relationship';
  readonly required: boolean;
  readonly array: boolean;
  readonly elements: readonly string[];
  readonly withDefault: boolean;
  readonly related: number;
  readonly relationType: string;
  readonly side: string;
}

const draft: fc.Arbitrary<Draft> = fc.record({
  key: ident,
  kind: fc.constantFrom('string', 'email', 'url', 'ip', 'enum', 'integer', 'double', 'float', 'boolean', 'datetime', 'relationship'),
  required: fc.boolean(),
  array: fc.boolean(),
  elements: fc.array(text, { minLength: 1, maxLength: 4 }),
  withDefault: fc.boolean(),
  related: fc.nat(),
  relationType: fc.constantFrom('oneToOne', 'oneToMany', 'manyToOne', 'manyToMany'),
  side: fc.constantFrom('parent', 'child'),
});

const project = fc
  .record({
    databases: fc.array(fc.record({ id: ident, name: text }), { minLength: 1, maxLength: 2 }),
    collections: fc.array(fc.record({ id: ident, name: fc.option(text), database: fc.nat(), attributes: fc.array(draft, { maxLength: 5 }) }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ databases, collections }) => {
    const placed = collections.map((collection) => ({ ...collection, databaseId: databases[collection.database % databases.length]!.id }));
    return {
      projectId: 'property',
      databases: databases.map((database) => ({ $id: database.id, name: database.name })),
      collections: placed.map((collection) => {
        const sameDatabase = placed.filter((other) => other.databaseId === collection.databaseId);
        return {
          $id: collection.id,
          databaseId: collection.databaseId,
          ...(collection.name === null ? {} : { name: collection.name }),
          attributes: collection.attributes.map((attribute) => attributeOf(attribute, sameDatabase[attribute.related % sameDatabase.length]!.id)),
        };
      }),
    };
  });

function attributeOf(draft: Draft, related: string): Record<string, unknown> {
  const base = { key: draft.key, required: draft.required, array: draft.array };
  const defaultable = draft.withDefault && !draft.required && !draft.array;
  switch (draft.kind) {
    case 'relationship':
      return { ...base, type: 'relationship', relatedCollection: related, relationType: draft.relationType, side: draft.side, twoWay: false, onDelete: 'setNull' };
    case 'integer':
      return { ...base, type: 'integer', min: -5, max: 100, default: defaultable ? 7 : null };
    case 'double':
    case 'float':
      return { ...base, type: draft.kind, min: -1.5, max: 1e300, default: defaultable ? 0.5 : null };
    case 'boolean':
      return { ...base, type: 'boolean', default: defaultable ? true : null };
    case 'datetime':
      return { ...base, type: 'datetime', format: '', default: defaultable ? '2024-01-01T00:00:00.000+00:00' : null };
    case 'enum':
      return { ...base, type: 'string', format: 'enum', elements: draft.elements, size: 255, default: defaultable ? draft.elements[0] : null };
    case 'string':
      return { ...base, type: 'string', size: 64, default: defaultable ? draft.elements[0]!.slice(0, 64) : null };
    default:
      return { ...base, type: 'string', format: draft.kind, size: 2000 };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aw-typegen-property-'));
  // The modules import valibot: link the one this package uses.
  await mkdir(join(dir, 'node_modules'));
  await symlink(fileURLToPath(new URL('../node_modules/valibot', import.meta.url)), join(dir, 'node_modules', 'valibot'), 'dir');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('every accepted config gives a safe module', () => {
  it(`compiles under tsc --strict and imports without side effects (${RUNS} generated configs)`, { timeout: 120_000 }, async () => {
    const samples = fc.sample(project, { numRuns: RUNS, seed: 21 });
    const modules: string[] = [];
    const files: [string, string][] = [];
    const exported = new Set<string>();
    let refused = 0;
    samples.forEach((config, index) => {
      const input = JSON.stringify(config, null, 2);
      let ts: string;
      let js: { code: string; declarations?: string };
      try {
        ts = generateFromText(input, { source: `in\u2028put${index}.json`, kind: 'ts' }).code;
        js = generateFromText(input, { source: `input${index}.json`, kind: 'js' });
      } catch (error) {
        // Refusals are fine (duplicate keys, for one); anything else is a bug.
        expect(error).toBeInstanceOf(AppwriteConfigError);
        refused++;
        return;
      }
      for (const code of [ts, js.code, js.declarations!]) {
        expect(code).not.toMatch(/\p{Cs}/u); // no lone surrogate
        expect(code).not.toMatch(/[\u2028\u2029]/);
        for (const match of code.matchAll(/^export (?:declare )?(?:const|interface|type) ([A-Za-z0-9_$]+)/gm)) exported.add(match[1]!);
      }
      modules.push(`m${index}`);
      files.push([join(dir, `m${index}.ts`), ts], [join(dir, `m${index}.mjs`), js.code], [join(dir, `m${index}.d.mts`), js.declarations!]);
    });
    await Promise.all(files.map(([path, code]) => writeFile(path, code)));
    // Most generated configs must be accepted, or the property says little.
    expect(modules.length).toBeGreaterThan(RUNS * 0.7);
    // No export shadows a built-in; a collection taking a helper's name would fail tsc below (declared twice).
    for (const name of exported) expect(ES_GLOBAL_NAMES.has(name) || PLATFORM_GLOBAL_NAMES.has(name), name).toBe(false);

    // Once as most projects compile, once with `exactOptionalPropertyTypes` (off in `strict`); skipLibCheck off, or the
    // generated .d.mts files (declarations) would not be checked at all.
    const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM'], types: [], skipLibCheck: false, noUncheckedIndexedAccess: true, isolatedModules: true, verbatimModuleSyntax: true };
    const fileList = modules.flatMap((name) => [`${name}.ts`, `${name}.d.mts`]);
    await writeFile(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: fileList }));
    await writeFile(join(dir, 'tsconfig.exact.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, exactOptionalPropertyTypes: true }, files: fileList }));
    const tsc = require.resolve('typescript/bin/tsc');
    const started = performance.now();
    const outputs = await Promise.all(
      ['tsconfig.json', 'tsconfig.exact.json'].map((config) =>
        run(process.execPath, [tsc, '-p', join(dir, config)], { maxBuffer: 16 * 1024 * 1024 }).catch((error: { stdout: string }) => error),
      ),
    );
    for (const compiled of outputs) expect((compiled as { stdout: string }).stdout.split('\n').slice(0, 20).join('\n')).toBe('');

    console.info(`tsc: ${Math.round(performance.now() - started)} ms`);
    // One fresh node imports every module and compares the world before and after each.
    const probe = `
      const snapshot = () => JSON.stringify([Reflect.ownKeys(globalThis).map(String).sort(), ...[Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Reflect.ownKeys(p).map(String).sort())]);
      let printed = 0;
      for (const stream of [process.stdout, process.stderr]) { const write = stream.write.bind(stream); stream.write = (...args) => { printed++; return write(...args); }; }
      for (const method of ['log', 'info', 'warn', 'error', 'debug']) console[method] = () => { printed++; };
      const problems = [];
      for (const name of JSON.parse(process.argv[2])) {
        const before = snapshot();
        const module = await import('./' + name + '.mjs');
        if (snapshot() !== before) problems.push(name + ' changed a global or a built-in prototype');
        if (Object.getPrototypeOf(Object.prototype) !== null || Object.prototype.polluted !== undefined) problems.push(name + ' polluted Object.prototype');
        for (const [key, value] of Object.entries(module)) if (value === undefined) problems.push(name + '.' + key + ' is undefined');
        // No object the module builds may have a user-chosen prototype (an attribute key "__proto__").
        const plain = new Set([Object.prototype, Array.prototype, Function.prototype, RegExp.prototype, null]);
        const seen = new Set();
        const walk = (value, path, depth) => {
          if (typeof value !== 'object' && typeof value !== 'function' || value === null || seen.has(value) || depth > 8) return;
          seen.add(value);
          if (!plain.has(Object.getPrototypeOf(value))) problems.push(name + '.' + path + ' has an unexpected prototype');
          for (const key of Reflect.ownKeys(value)) {
            const descriptor = Object.getOwnPropertyDescriptor(value, key);
            if (descriptor && 'value' in descriptor) walk(descriptor.value, path + '.' + String(key), depth + 1);
          }
        };
        for (const [key, value] of Object.entries(module)) walk(value, key, 0);
      }
      if (printed) problems.push('something printed ' + printed + ' times');
      (await import('node:fs')).writeFileSync(1, JSON.stringify(problems));
    `;
    await writeFile(join(dir, 'probe.mjs'), probe);
    const imported = await run(process.execPath, [join(dir, 'probe.mjs'), JSON.stringify(modules)], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout)).toEqual([]);
    console.info(`property: ${modules.length} accepted configs compiled and imported cleanly; ${refused} refused`);
  });
});
