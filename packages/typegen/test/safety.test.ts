import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentText, ES_GLOBAL_NAMES, generateFromText, propertyKey, runTypegen, typeNames } from '../src/index.ts';

const run = promisify(execFile);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const fixture = fileURLToPath(new URL('./fixture/appwrite.json', import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aw-typegen-safety-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

// A recipes project; `line` replaces the marked attribute on line 6.
function recipes(line: string): string {
  return [
    '{',
    '  "projectId": "recipes",',
    '  "collections": [',
    '    { "$id": "recipes", "databaseId": "food", "attributes": [',
    '      { "key": "title", "type": "string", "size": 100, "required": true },',
    `      ${line}`,
    '    ] },',
    '    { "$id": "authors", "databaseId": "food", "attributes": [] }',
    '  ]',
    '}',
  ].join('\n');
}

describe('typegen refuses what it cannot emit safely, naming file:line:column', () => {
  it.each([
    ['an unknown attribute type', '{ "key": "minutes", "type": "int" }', 'recipes.json:6:35: "int" is not an attribute type; use one of string, integer, double, boolean, datetime or relationship (did you mean "integer"?).'],
    ['a related collection that does not exist', '{ "key": "author", "type": "relationship", "relatedCollection": "autor" }', 'recipes.json:6:71: relationship attribute "author": database "food" has no collection "autor" (did you mean "authors"?).'],
    ['an enum without elements', '{ "key": "level", "type": "string", "format": "enum" }', 'recipes.json:6:53: enum attribute "level" needs "elements": a non-empty list of the allowed strings.'],
    ['a duplicate key', '{ "key": "title", "type": "string" }', 'recipes.json:6:16: collection "recipes" already has an attribute "title" (at line 5); attribute keys must be unique within a collection.'],
    ['an unknown string format', '{ "key": "mail", "type": "string", "format": "mail" }', 'recipes.json:6:52: "mail" is not a string format; use email, url, ip or enum, or leave it empty (did you mean "email"?).'],
    ['a JSON syntax error', '{ "key": "x", "type": "string" ,}', 'recipes.json:6:39: not valid JSON (property name expected).'],
  ])('%s', (_, line, message) => {
    expect(() => generateFromText(recipes(line), { source: 'recipes.json', kind: 'ts' })).toThrow(message);
  });

  it('the CLI prints file:line:column, exits 2 and writes nothing', async () => {
    const input = join(dir, 'bad', 'appwrite.json');
    await mkdir(join(dir, 'bad'), { recursive: true });
    await writeFile(input, recipes('{ "key": "minutes", "type": "int" }'));
    const output = join(dir, 'bad', 'out.ts');
    const failure = await run(process.execPath, [cli, 'appwrite.json', '--out', 'out.ts'], { cwd: join(dir, 'bad') }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2, stdout: '' });
    expect((failure as { stderr: string }).stderr).toBe('aw-typegen: appwrite.json:6:35: "int" is not an attribute type; use one of string, integer, double, boolean, datetime or relationship (did you mean "integer"?).\n');
    await expect(readFile(output, 'utf8')).rejects.toThrow();
  });
});

describe('names', () => {
  const collection = (name: string, databaseId = 'shop') => ({ $id: name.replace(/\W/g, '-'), databaseId, name });

  it('never takes a built-in, a helper of the module, or a name another collection gives', () => {
    const names = typeNames(['system', 'records', 'partials', 'related', 'unknowns', 'books', 'book data', 'arrays', 'objects', 'promise'].map((name) => collection(name)));
    const all = names.flatMap((each) => Object.values(each));
    expect(new Set(all).size).toBe(all.length);
    expect(names.map((each) => each.fields)).toEqual(['ShopSystem', 'ShopRecord', 'ShopPartial', 'ShopRelated', 'ShopUnknown', 'Book', 'ShopBookData', 'ShopArray', 'ShopObject', 'ShopPromise']);
    for (const name of all) expect(ES_GLOBAL_NAMES.has(name)).toBe(false);
  });

  it('numbers names that stay taken, the same way every time', () => {
    const input = [collection('book'), collection('books'), collection('Book'), collection('books', 'other')];
    const first = typeNames(input).map((each) => each.fields);
    expect(first).toEqual(['ShopBook', 'ShopBook2', 'ShopBook3', 'OtherBook']);
    expect(typeNames(input).map((each) => each.fields)).toEqual(first);
  });

  it('writes __proto__ as a computed key, so it is an own key and never a prototype', async () => {
    // Appwrite refuses "__proto__" as a key, and so does the config check; the escaping stays for
    // any name that reaches an object literal by another way.
    expect(propertyKey('__proto__')).toBe('["__proto__"]');
    expect(propertyKey('constructor')).toBe('constructor');
    expect(propertyKey('a"b\u2028')).toBe('"a\\"b\\u{2028}"');
    expect(() => generateFromText(JSON.stringify({ collections: [{ $id: 'c', databaseId: 'd', attributes: [{ key: '__proto__', type: 'string' }] }] }), { source: 'appwrite.json', kind: 'ts' })).toThrow(
      'appwrite.json:1:66: "__proto__" is not a valid attribute key: Appwrite takes 1 to 36 letters, digits, ".", "-" or "_", not starting with ".", "-" or "_".',
    );
    const project = { collections: [{ $id: 'c', databaseId: 'd', attributes: [{ key: 'constructor', type: 'string', required: true }, { key: 'hasOwnProperty', type: 'integer' }, { key: 'toString', type: 'boolean' }] }] };
    const output = join(dir, 'proto', 'out.mjs');
    await mkdir(join(dir, 'proto'), { recursive: true });
    await writeFile(join(dir, 'proto', 'appwrite.json'), JSON.stringify(project));
    await runTypegen({ input: join(dir, 'proto', 'appwrite.json'), output });
    const module = (await import(output)) as Record<string, { entries: Record<string, unknown> }>;
    const entries = module.CDataSchema!.entries;
    for (const key of ['constructor', 'hasOwnProperty', 'toString']) expect(Object.hasOwn(entries, key)).toBe(true);
    expect(Object.getPrototypeOf(entries)).toBe(Object.prototype);
  });

  it('keeps user text inside comments: no line break, comment end or lone surrogate leaves it', () => {
    expect(commentText('a\u2028b\nc*/d\ud800e\u202ef')).toBe('a\\u{2028}b\\u{a}c*\\/d\\u{d800}e\\u{202e}f');
    // IDs and keys follow Appwrite's rule; display names and enum elements are free text.
    const project = { collections: [{ $id: 'c', databaseId: 'd', name: 'N\u2029\ud800*/\u2028x', attributes: [{ key: 'k', type: 'string', format: 'enum', elements: ['a*/b', '\u2028', '\udc00'] }] }] };
    const { code } = generateFromText(JSON.stringify(project), { source: 'x\u2028y/appwrite.json', kind: 'ts' });
    expect(code.split('\n')[0]).toBe(`// Code generated by aw-typegen from x\\u{2028}y/appwrite.json (sha256:${code.slice(code.indexOf('sha256:') + 7, code.indexOf('sha256:') + 23)}). DO NOT EDIT.`);
    expect(code).not.toMatch(/[\u2028\u2029]/);
    expect(code).not.toMatch(/\p{Cs}/u); // no lone surrogate
  });
});

describe('--check compares meaning', () => {
  async function setUp(name: string, text: string) {
    const folder = join(dir, name);
    await mkdir(folder, { recursive: true });
    const input = join(folder, 'appwrite.json');
    const output = join(folder, 'types.ts');
    await writeFile(input, text);
    await runTypegen({ input, output });
    return { input, output };
  }

  it('passes after re-indenting, reordering and renaming the project', async () => {
    const text = await readFile(fixture, 'utf8');
    const { input, output } = await setUp('meaning', text);
    const parsed = JSON.parse(text) as { projectName: string; collections: unknown[] };
    parsed.projectName = 'Another name';
    parsed.collections.reverse();
    await writeFile(input, JSON.stringify(parsed, null, 4));
    expect((await runTypegen({ input, output, check: true })).changed).toEqual([]);
    // Fields the generator does not read: indexes and permissions.
    await writeFile(input, text.replace('"indexes": []', '"indexes": [{ "key": "i", "type": "key", "attributes": ["name"] }]').replaceAll('"documentSecurity": false', '"documentSecurity": true'));
    expect((await runTypegen({ input, output, check: true })).changed).toEqual([]);
  });

  it('fails on every change that reaches the output, and on a hand edit', async () => {
    const text = await readFile(fixture, 'utf8');
    const { input, output } = await setUp('changes', text);
    for (const changed of [
      text.replace('"size": 20', '"size": 21'),
      text.replace('"name": "Products"', '"name": "Wares"'),
      text.replace('"elements": ["draft", "live"]', '"elements": ["live", "draft"]'),
      text.replace('"default": 5', '"default": 6'),
    ]) {
      await writeFile(input, changed);
      expect((await runTypegen({ input, output, check: true })).changed).toEqual([output]);
    }
    await writeFile(input, text);
    expect((await runTypegen({ input, output, check: true })).changed).toEqual([]);
    await writeFile(output, (await readFile(output, 'utf8')).replace('Required.', 'Needed.'));
    expect((await runTypegen({ input, output, check: true })).changed).toEqual([output]);
  });

  it('passes forever with a lone surrogate in the input', async () => {
    const project = { collections: [{ $id: 'c', databaseId: 'd', name: '\ud800', attributes: [{ key: 'k', type: 'string', format: 'enum', elements: ['\ud83d'] }] }] };
    const { input, output } = await setUp('surrogate', JSON.stringify(project));
    expect((await runTypegen({ input, output, check: true })).changed).toEqual([]);
    expect((await runTypegen({ input, output })).changed).toEqual([]);
  });
});

describe('the valibot warning', () => {
  it('warns when the nearest package.json lacks valibot, and not when it lists it', async () => {
    const text = await readFile(fixture, 'utf8');
    const app = join(dir, 'app');
    await mkdir(join(app, 'src'), { recursive: true });
    await writeFile(join(app, 'appwrite.json'), text);
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', dependencies: { '@aw/databases': '1.0.0' } }));
    const output = join(app, 'src', 'types.ts');
    expect((await runTypegen({ input: join(app, 'appwrite.json'), output })).warnings).toEqual([`${join(app, 'package.json')} does not list valibot, which the generated module imports; add it to "dependencies".`]);
    const { stderr } = await run(process.execPath, [cli, 'appwrite.json', '--out', 'src/types.ts'], { cwd: app });
    expect(stderr).toBe(`aw-typegen: warning: ${join(app, 'package.json')} does not list valibot, which the generated module imports; add it to "dependencies".\n`);
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
      await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', [field]: { valibot: '1.5.0' } }));
      expect((await runTypegen({ input: join(app, 'appwrite.json'), output })).warnings).toEqual([]);
    }
  });
});
