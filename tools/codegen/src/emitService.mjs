// Emits everything generated for one service package besides the operation files:
// enum files, document helper types, the generated barrel and the generated tests.
import { enumDocs } from './docs/enumDocs.mjs';
import { LONG_ENUM, aliasesOf, enumValuesName, exportsOf } from './emitOperation.mjs';
import { enumKey, propertyKey, quote } from './names.mjs';
import { badParam, sampleModel, sampleParam } from './samples.mjs';

/**
 * Emits one enum as an `as const` object plus a union type of its values.
 *
 * @param {{ name: string, values: string[], keys: string[] }} enumType The enum.
 * @param {string} header The generated-file header line.
 * @returns {string} The file contents.
 */
export function emitEnum(enumType, header) {
  const used = new Set();
  const keys = enumType.values.map((value, index) => {
    let key = enumKey(enumType.keys[index] ?? value);
    if (used.has(key)) key = `${key}${enumKey(value)}`;
    used.add(key);
    return key;
  });
  const summary = enumDocs[enumType.name] ?? `The ${enumType.name} values.`;
  const typeDoc = `/**
 * One of the {@link ${enumType.name}} values.
 */
export type ${enumType.name} = (typeof ${enumType.name})[keyof typeof ${enumType.name}];
`;
  if (enumType.values.length < LONG_ENUM) {
    return `${header}

/**
 * ${summary}
 */
export const ${enumType.name} = {
${keys.map((key, index) => `  ${propertyKey(key)}: ${quote(enumType.values[index])},`).join('\n')}
} as const;

${typeDoc}`;
  }
  // A long enum is built from the service's values list, which its operations check params
  // against, so a bundle that holds both holds the values once. The type is spelled out: it is
  // the one an `as const` literal would have.
  return `${header}
import { _enumObject, ${enumValuesName(enumType.name)} } from './enumValues.ts';

/**
 * ${summary}
 */
export const ${enumType.name}: {
${keys.map((key, index) => `  readonly ${propertyKey(key)}: ${quote(enumType.values[index])};`).join('\n')}
} = /* @__PURE__ */ _enumObject('${keys.join(' ')}', ${enumValuesName(enumType.name)});

${typeDoc}`;
}

/**
 * Emits the document helper types of @aw/databases.
 *
 * @param {string} header The generated-file header line.
 * @returns {string} The file contents.
 */
export function emitDocumentTypes(header) {
  return `${header}
import type { CollectionDocument } from '@aw/core';
import type { Models } from '@aw/models';
import type { GenericSchema, InferOutput } from 'valibot';

/**
 * The user's own fields of a document: the schema's output when a schema is given, else \`TFields\`.
 */
export type DocumentFields<TFields extends object, TSchema extends GenericSchema | undefined> = TSchema extends GenericSchema
  ? InferOutput<TSchema>
  : TFields;

/**
 * A document: Appwrite's system fields plus the user's own fields. The fields come from
 * \`options.schema\` when one is given, else from a typed collection's \`TTypes\`, else from
 * \`TFields\`. Once they are known, no other key is typed: reading a field the collection lacks
 * is a compile error. Without them every key reads as \`unknown\`.
 */
export type DocumentOf<TFields extends object = {}, TSchema extends GenericSchema | undefined = undefined, TTypes = unknown> = [TSchema] extends [GenericSchema]
  ? Models.DocumentSystemFields & InferOutput<TSchema>
  : CollectionDocument<TTypes, {} extends TFields ? Models.Document : Models.DocumentSystemFields & TFields>;

/**
 * A page of documents with the user's own fields, and the total count.
 */
export interface DocumentListOf<TFields extends object = {}, TSchema extends GenericSchema | undefined = undefined, TTypes = unknown>
  extends Omit<Models.DocumentList, 'documents'> {
  /** The documents of this page. */
  documents: DocumentOf<TFields, TSchema, TTypes>[];
}
`;
}

/**
 * Emits the generated barrel of a service.
 *
 * @param {string[]} files The module names (without extension), sorted.
 * @param {string} header The generated-file header line.
 * @returns {string} The file contents.
 */
export function emitIndex(files, header) {
  return `${header}\n${files.map((file) => `export * from './${file}.ts';`).join('\n')}\n`;
}

/**
 * Flattens a value into query pairs the way Appwrite reads them (an independent copy of
 * the rule, so the tests check core's implementation rather than repeat it).
 *
 * @param {unknown} value
 * @param {string} prefix
 * @param {[string, string][]} out
 * @returns {[string, string][]}
 */
function flatten(value, prefix, out = []) {
  if (value === undefined || value === null) return out;
  if (Array.isArray(value)) value.forEach((item, index) => flatten(item, `${prefix}[${index}]`, out));
  else if (typeof value === 'object') for (const [key, item] of Object.entries(value)) flatten(item, prefix ? `${prefix}[${key}]` : key, out);
  else out.push([prefix, String(value)]);
  return out;
}

/**
 * Writes a sample params object as TypeScript source.
 *
 * @param {Record<string, unknown>} sample
 * @returns {string}
 */
function paramsSource(sample) {
  const entries = Object.entries(sample).map(([key, value]) => {
    const isFile = value && typeof value === 'object' && '$file' in value;
    return `${propertyKey(key)}: ${isFile ? "new File(['hello'], 'hello.txt', { type: 'text/plain' })" : JSON.stringify(value)}`;
  });
  return `{ ${entries.join(', ')} } as const`;
}

/**
 * Emits the request tests of a service: one per operation against a loopback server, plus
 * a validation test for each operation that has a rule to break.
 *
 * @param {string} service The service.
 * @param {import('./normalize.mjs').NormalizedOperation[]} operations The service's operations.
 * @param {Map<string, import('./models.mjs').Model>} models The models by name.
 * @param {string} header The generated-file header line.
 * @returns {string} The file contents.
 */
export function emitRequestTests(service, operations, models, header) {
  const imports = operations.flatMap((operation) => exportsOf(operation)).sort();
  const cases = [];
  for (const operation of operations) {
    /** @type {Record<string, unknown>} */
    const sample = {};
    for (const param of operation.params) sample[param.name] = sampleParam(param);
    const pathValues = operation.params.filter((param) => param.in === 'path');
    let expectedPath = `/v1${operation.path}`;
    for (const param of pathValues) expectedPath = expectedPath.replace(`{${param.name}}`, encodeURIComponent(String(sample[param.name])));
    const rest = Object.fromEntries(Object.entries(sample).filter(([key]) => !pathValues.some((param) => param.name === key)));
    const name = operation.exportName;
    const args = operation.params.length ? `, params` : '';
    const lines = [];

    if (operation.kind === 'oauth' || operation.kind === 'blob') {
      const query = new URLSearchParams([...flatten(rest, ''), ['project', 'test-project']]).toString();
      const url = `\${server.url}${expectedPath}?${query}`;
      const builder = operation.kind === 'oauth' ? name : `${name}Url`;
      lines.push(`  it('${builder} builds the URL with every param and the project', () => {`);
      lines.push(`    const params = ${paramsSource(sample)};`);
      lines.push(`    expect(${builder}(client${args})).toBe(\`${url}\`);`);
      lines.push(`    expect(server.requests).toHaveLength(0);`);
      lines.push(`  });`);
    }
    if (operation.kind !== 'oauth') {
      lines.push(`  it('${name} sends ${operation.method} ${operation.path} and returns the answer', async () => {`);
      lines.push(`    const params = ${paramsSource(sample)};`);
      let expectResult;
      if (operation.kind === 'none') {
        lines.push(`    server.reply({ status: 204 });`);
        expectResult = `    expect(result).toBeUndefined();`;
      } else if (operation.kind === 'blob') {
        lines.push(`    server.reply({ status: 200, type: 'image/png', body: PNG_BYTES });`);
        expectResult = `    expect(result).toBeInstanceOf(Blob);\n    expect(Buffer.from(await result.arrayBuffer())).toEqual(PNG_BYTES);`;
      } else {
        const modelSample = sampleModel(models, operation.model ?? 'Any');
        lines.push(`    const answer = ${JSON.stringify(modelSample)};`);
        lines.push(`    server.reply({ status: ${operation.status}, json: answer });`);
        expectResult = `    expect(result).toEqual(answer);`;
      }
      lines.push(`    const result = await ${name}(client${args});`);
      lines.push(expectResult);
      lines.push(`    const sent = server.only();`);
      lines.push(`    expect(sent.method).toBe('${operation.method}');`);
      lines.push(`    expect(sent.path).toBe(${quote(expectedPath)});`);
      lines.push(`    expect(sent.headers['x-appwrite-project']).toBe('test-project');`);
      lines.push(`    expect(sent.headers['x-appwrite-response-format']).toBe('1.5.0');`);
      if (operation.method === 'GET') {
        const pairs = flatten(rest, '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        lines.push(`    expect(sent.query).toEqual(${JSON.stringify(pairs)});`);
        lines.push(`    expect(sent.body.length).toBe(0);`);
      } else if (operation.kind === 'upload') {
        lines.push(`    expect(sent.headers['content-type']).toMatch(/^multipart\\/form-data; boundary=/);`);
        lines.push(`    const form = await sent.form();`);
        for (const [key, value] of Object.entries(rest)) {
          if (value && typeof value === 'object' && '$file' in value) {
            lines.push(`    const file = form.get('${key}') as File;`);
            lines.push(`    expect(file.name).toBe('hello.txt');`);
            lines.push(`    expect(await file.text()).toBe('hello');`);
          } else if (Array.isArray(value)) {
            lines.push(`    expect(form.getAll('${key}[]')).toEqual(${JSON.stringify(value)});`);
          } else {
            lines.push(`    expect(form.get('${key}')).toBe(${JSON.stringify(String(value))});`);
          }
        }
      } else if (Object.keys(rest).length > 0) {
        lines.push(`    expect(sent.headers['content-type']).toBe('application/json');`);
        lines.push(`    expect(sent.json()).toEqual(${JSON.stringify(operation.graphql ? { query: rest } : rest)});`);
        if (operation.graphql) lines.push(`    expect(sent.headers['x-sdk-graphql']).toBe('true');`);
      } else {
        lines.push(`    expect(sent.query).toEqual([]);`);
        lines.push(`    expect(sent.body.length).toBe(0);`);
      }
      lines.push(`  });`);
    }

    const broken = operation.params.map((param) => ({ param, bad: badParam(param) })).find((entry) => entry.bad);
    if (broken?.bad) {
      const { param, bad } = broken;
      const badSource = `{ ...params, ${propertyKey(param.name)}: ${valueSource(bad.value)} }`;
      lines.push(`  it('${name} rejects ${bad.why} in ${param.name} and sends nothing', async () => {`);
      lines.push(`    const params = ${paramsSource(sample)};`);
      lines.push(`    const bad = ${badSource} as never;`);
      if (operation.kind === 'oauth') {
        lines.push(`    expect(() => ${name}(client, bad)).toThrow(AwValidationError);`);
        lines.push(`    expect(() => ${name}(client, bad)).toThrow('at "${param.name}"');`);
      } else {
        lines.push(`    const error = await Promise.resolve(${name}(client, bad)).catch((caught: unknown) => caught);`);
        lines.push(`    expect(error).toBeInstanceOf(AwValidationError);`);
        lines.push(`    expect((error as Error).message).toContain('at "${param.name}"');`);
      }
      lines.push(`    expect(server.requests).toHaveLength(0);`);
      lines.push(`  });`);
    }
    cases.push(lines.join('\n'));
  }
  return `${header}
import { AwValidationError, createClient, type Client } from '@aw/core';
import { responseSchemas } from '@aw/models';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
${imports.map((name) => `  ${name},`).join('\n')}
} from '../../src/index.ts';
import { startTestServer, type TestServer } from '@aw/test-server';

// The first bytes of a PNG file, as a stand-in image.
const PNG_BYTES = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

let server: TestServer;
let client: Client;

beforeAll(async () => {
  server = await startTestServer();
  // Response validation is on here, so every sample answer is also checked against its model.
  client = createClient({ endpoint: \`\${server.url}/v1\`, project: 'test-project', retry: 0, responseValidators: responseSchemas });
});
beforeEach(() => server.reset());
afterAll(() => server.close());

describe('${service} requests', () => {
${cases.join('\n\n')}
});
`;
}

/**
 * Writes a bad value as TypeScript source, compactly when it is large.
 *
 * @param {unknown} value
 * @returns {string}
 */
function valueSource(value) {
  if (typeof value === 'string' && value.length > 64) return `'x'.repeat(${value.length})`;
  if (Array.isArray(value) && value.length > 8) return `Array.from({ length: ${value.length} }, () => 'x')`;
  if (value && typeof value === 'object' && 'blob' in value) return `{ blob: 'x'.repeat(${String(/** @type {any} */ (value).blob).length}) }`;
  return JSON.stringify(value);
}

/**
 * Emits type tests: each operation's return type, and each alias matching its target.
 *
 * @param {import('./normalize.mjs').NormalizedOperation[]} operations The service's operations.
 * @param {string} header The generated-file header line.
 * @param {Set<string>} [prefsGeneric] Models generic over their preferences (checked at the default).
 * @returns {string} The file contents.
 */
export function emitTypeTests(operations, header, prefsGeneric = new Set()) {
  const imports = operations.flatMap((operation) => exportsOf(operation)).sort();
  const lines = [];
  let needsModels = false;
  for (const operation of operations) {
    const name = operation.exportName;
    let expected;
    if (operation.kind === 'oauth') expected = 'string';
    else if (operation.kind === 'blob') expected = 'AwPromise<Blob>';
    else if (operation.kind === 'none') expected = 'AwPromise<void>';
    else if (operation.document) expected = undefined;
    else {
      expected = `AwPromise<Models.${operation.model}>`;
      needsModels = true;
    }
    // A prefs-typed operation is checked at its default type argument.
    const subject = operation.kind === 'json' && !operation.document && prefsGeneric.has(operation.model) ? `${name}<Models.Preferences>` : name;
    if (expected) lines.push(`  it('${name} returns ${expected.replace(/'/g, '')}', () => {\n    expectTypeOf(${subject}).returns.toEqualTypeOf<${expected}>();\n  });`);
    if (operation.kind === 'blob') lines.push(`  it('${name}Url returns a string', () => {\n    expectTypeOf(${name}Url).returns.toEqualTypeOf<string>();\n  });`);
    for (const alias of aliasesOf(name)) {
      lines.push(`  it('${alias.name} has the signature of ${name}', () => {\n    expectTypeOf(${alias.name}).toEqualTypeOf(${name});\n  });`);
    }
    if (operation.params.length > 0 && operation.kind !== 'oauth' && !operation.document) {
      const options = operation.kind === 'upload' ? 'UploadOptions' : 'RequestOptions';
      lines.push(`  it('${name} takes the client, its params and ${options}', () => {\n    expectTypeOf(${name}).parameter(0).toEqualTypeOf<Client>();\n    expectTypeOf(${name}).parameter(2).toEqualTypeOf<${options} | undefined>();\n  });`);
    }
  }
  const usesUpload = operations.some((operation) => operation.kind === 'upload');
  return `${header}
import type { AwPromise, Client, RequestOptions } from '@aw/core';
${usesUpload ? "import type { UploadOptions } from '@aw/core/internal';\n" : ''}${needsModels ? "import type { Models } from '@aw/models';\n" : ''}import { describe, expectTypeOf, it } from 'vitest';
import {
${imports.map((name) => `  ${name},`).join('\n')}
} from '../../src/index.ts';

describe('${operations[0]?.service} types', () => {
${lines.join('\n')}
});
`;
}

/**
 * Emits the values lists of a service's long enums: the values only, without the member names,
 * so an operation checks its param against them and the exported enum object stays out of a
 * bundle whose app never imports it.
 *
 * @param {{ name: string, values: string[] }[]} enumTypes The long enums, sorted by name.
 * @param {string} header The generated-file header line.
 * @returns {string} The file contents.
 */
export function emitEnumValues(enumTypes, header) {
  const lines = [header];
  for (const { name } of enumTypes) lines.push(`import type { ${name} } from './${name}.ts';`);
  lines.push(
    '',
    '/**',
    ' * Builds an enum object from its space-separated member names and its values, in one order;',
    ' * `T` is the object type the caller declares.',
    ' *',
    ' * @internal',
    ' */',
    'export function _enumObject<T>(keys: string, values: readonly string[]): T {',
    '  return Object.fromEntries(keys.split(\' \').map((key, index) => [key, values[index]])) as T;',
    '}',
  );
  for (const { name, values } of enumTypes) {
    if (values.some((value) => /[\s'\\]/.test(value) || value === '')) throw new Error(`enum ${name} has a value that cannot be listed space-separated`);
    lines.push('', '/**', ` * The values of {@link ${name}}, in its order.`, ' *', ' * @internal', ' */');
    lines.push(`export const ${enumValuesName(name)} = /* @__PURE__ */ '${values.join(' ')}'.split(' ') as ${name}[];`);
  }
  return `${lines.join('\n')}\n`;
}
