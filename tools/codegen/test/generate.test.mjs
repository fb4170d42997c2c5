import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aliases } from '../src/docs/operationDocs.mjs';
import { generate } from '../src/generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const specDir = join(root, 'tools/codegen/spec');
const seedOperations = JSON.parse(readFileSync(join(specDir, 'seed-operations.json'), 'utf8'));
const input = {
  specName: 'appwrite-1.5.8-client.openapi3.json',
  specText: readFileSync(join(specDir, 'appwrite-1.5.8-client.openapi3.json'), 'utf8'),
  seedOperations,
  errorsName: 'appwrite-1.5-error-types.json',
  errorsText: readFileSync(join(specDir, 'appwrite-1.5-error-types.json'), 'utf8'),
};
const result = generate(input);

describe('generate', () => {
  it('covers the 95 seed operations in 9 services', () => {
    expect(seedOperations).toHaveLength(95);
    expect(result.operations).toHaveLength(95);
    expect(result.services).toEqual(['account', 'avatars', 'databases', 'functions', 'graphql', 'locale', 'messaging', 'storage', 'teams']);
  });

  it('writes shared rules and long enums once instead of in every operation', () => {
    const flag = result.files.get('packages/avatars/src/generated/getCountryFlagByCode.ts');
    // A long enum is checked against the service's values list, not the exported object, which
    // the operation imports only as a type.
    expect(flag).toContain('v.picklist(_flagValues)');
    expect(flag).toContain("import type { Flag } from './Flag.ts';");
    expect(flag).not.toContain("'af', 'ao'");
    expect(flag).not.toContain('Object.values');
    const values = result.files.get('packages/avatars/src/generated/enumValues.ts');
    expect(values).toMatch(/export const _flagValues = \/\* @__PURE__ \*\/ 'af ao al [a-z ]+'\.split\(' '\) as Flag\[\];/);
    expect(result.files.get('packages/avatars/src/generated/index.ts')).not.toContain('enumValues');
    const preview = result.files.get('packages/storage/src/generated/getFilePreviewImage.ts');
    expect(preview).toMatch(/gravity: .*v\.picklist\(\['/);
    const document = result.files.get('packages/databases/src/generated/createDocument.ts');
    expect(document).toMatch(/documentId: _customIdSchema,/);
    expect(document).not.toContain('v.regex(');
    expect(result.files.get('packages/core/src/generated/paramSchemas.ts')).toContain('export const _idSchema = ');
  });

  it('keeps each long enum the same object and type as an `as const` literal', async () => {
    const flag = result.files.get('packages/avatars/src/generated/Flag.ts');
    expect(flag).toContain("  readonly Afghanistan: 'af';");
    expect(flag).toContain("_enumObject('Afghanistan Angola ");
    const short = result.files.get('packages/storage/src/generated/ImageGravity.ts');
    expect(short).toContain('} as const;');
    // The built object, member for member, against the spec's values and keys.
    const { Flag, Browser } = await import('@aw/avatars');
    const spec = JSON.parse(input.specText);
    const codeParam = spec.paths['/avatars/flags/{code}'].get.parameters.find((param) => param.name === 'code');
    expect(Object.values(Flag)).toEqual(codeParam.schema.enum);
    expect(Object.keys(Flag)).toHaveLength(codeParam.schema.enum.length);
    expect(Flag.France).toBe('fr');
    expect(Browser.GoogleChrome).toBe('ch');
  });

  it('labels no operation with a name: core reports the method and path', () => {
    for (const operation of result.operations) {
      const file = result.files.get(`packages/${operation.service}/src/generated/${operation.exportName}.ts`);
      expect(file, operation.exportName).not.toMatch(/^\s+name: '/m);
      expect(file, operation.exportName).toMatch(new RegExp(`\\n +method: '${operation.method}',\\n +path: '${operation.path.replace(/[{}]/g, '\\$&')}',`));
    }
  });

  it('keeps each descriptor in a module constant, never on the exported function, and shares a blob one with its URL builder', () => {
    const prefs = result.files.get('packages/account/src/generated/getPrefs.ts');
    expect(prefs).toContain('const getPrefsOperation: Operation = {');
    expect(prefs).toContain('return request(client, getPrefsOperation, undefined, options);');
    expect(prefs).not.toContain('??=');
    const preview = result.files.get('packages/storage/src/generated/getFilePreviewImage.ts');
    expect(preview).toContain('const getFilePreviewImageOperation: Operation = {');
    expect(preview).toContain('return buildUrl(client, getFilePreviewImageOperation, params);');
  });

  it('is deterministic', () => {
    const again = generate(input);
    expect([...again.files.keys()]).toEqual([...result.files.keys()]);
    for (const [path, contents] of again.files) expect(contents, path).toBe(result.files.get(path));
  });

  it('writes only the folders it owns, each file starting with the DO-NOT-EDIT header', () => {
    for (const [path, contents] of result.files) {
      expect(path).toMatch(/^packages\/(\w+\/(src|test)\/generated\/|core\/src\/generated\/errorTypes\.ts$)/);
      expect(contents.split('\n')[0]).toMatch(/^\/\/ Code generated by @aw\/codegen from [\w.-]+ \(sha256:[0-9a-f]{16}\)\. DO NOT EDIT\.$/);
    }
  });

  it('matches the files in the repository (run `pnpm generate` when this fails)', () => {
    for (const [path, contents] of result.files) expect(readFileSync(join(root, path), 'utf8'), path).toBe(contents);
  });

  it('emits one function declaration per seed operation and each alias beside its target', () => {
    for (const operation of result.operations) {
      const file = result.files.get(`packages/${operation.service}/src/generated/${operation.exportName}.ts`);
      expect(file, operation.exportName).toContain(`export function ${operation.exportName}`);
    }
    for (const [alias, { target }] of Object.entries(aliases)) {
      const operation = result.operations.find((entry) => entry.exportName === target);
      expect(operation, alias).toBeDefined();
      expect(result.files.get(`packages/${operation.service}/src/generated/${target}.ts`)).toContain(`export function ${alias}`);
    }
  });

  it('fails when the spec has an operation the seed does not name', () => {
    const spec = JSON.parse(input.specText);
    spec.paths['/extra'] = { get: { operationId: 'extra', responses: {} } };
    expect(() => generate({ ...input, specText: JSON.stringify(spec) })).toThrow(/extra/);
  });

  it('sends GraphQL bodies under a query key with the SDK header', () => {
    const file = result.files.get('packages/graphql/src/generated/executeMutation.ts');
    expect(file).toContain("bodyKey: 'query'");
    expect(file).toContain("headers: { 'x-sdk-graphql': 'true' }");
  });

  it('keeps URL builders and OAuth2 helpers pure and leaves the marker off requests', () => {
    const preview = result.files.get('packages/storage/src/generated/getFilePreviewImage.ts');
    expect(preview).toMatch(/\/\/ @__NO_SIDE_EFFECTS__\nexport function getFilePreviewImageUrl/);
    expect(preview).not.toMatch(/\/\/ @__NO_SIDE_EFFECTS__\nexport function getFilePreviewImage\(/);
    expect(result.files.get('packages/account/src/generated/createOAuth2Session.ts')).toMatch(/\/\/ @__NO_SIDE_EFFECTS__\nexport function createOAuth2Session/);
  });

  it('types 204 answers as void and binary answers as Blob', () => {
    expect(result.files.get('packages/teams/src/generated/removeTeam.ts')).toContain("response: 'none'");
    expect(result.files.get('packages/teams/src/generated/removeTeam.ts')).toContain('AwPromise<void>');
    expect(result.files.get('packages/avatars/src/generated/getFavicon.ts')).toContain('AwPromise<Blob>');
  });
});
