import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../startEmulator.ts';
import { loadConfig } from './loadConfig.ts';

// The emulator refuses, at start, every appwrite.json that aw-typegen refuses, in the same words.
const bin = join(dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'aw-emulator-refuse-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const REASON = '"int" is not an attribute type; use one of string, integer, double, boolean, datetime or relationship (did you mean "integer"?).';
const badProject = {
  projectId: 'recipes',
  collections: [{ $id: 'recipes', databaseId: 'food', name: 'Recipes', attributes: [{ key: 'minutes', type: 'int' }] }],
};

function writeBad(name: string): string {
  const file = join(scratch, name);
  // Line 9, column 37: the "int".
  writeFileSync(file, JSON.stringify(badProject, null, 2).replace(/\n\s+"key": "minutes",\n\s+"type": "int"\n\s+/, ' "key": "minutes", "type": "int" '));
  return file;
}

describe('a config aw-typegen refuses', () => {
  it('is refused by startEmulator with a path, naming file:line:column', async () => {
    const file = writeBad('start.json');
    await expect(startEmulator({ config: file, port: 0 })).rejects.toThrow(`${file}:9:37: ${REASON}`);
  });

  it('is refused by startEmulator with an object, naming the path inside it', async () => {
    await expect(startEmulator({ config: badProject, port: 0 })).rejects.toThrow(`config at collections[0].attributes[0].type: ${REASON}`);
    expect(() => loadConfig({ collections: [{ $id: 'a', databaseId: 'd', name: 'A', attributes: [{ key: 'r', type: 'relationship', relatedCollection: 'nope' }] }] })).toThrow(
      'config at collections[0].attributes[0].relatedCollection: relationship attribute "r": database "d" has no collection "nope".',
    );
  });

  it('refuses IDs and keys Appwrite would refuse, as typegen does', async () => {
    const rule = 'Appwrite takes 1 to 36 letters, digits, ".", "-" or "_", not starting with ".", "-" or "_".';
    const config = { collections: [{ $id: 'c', databaseId: 'd', attributes: [{ key: '__proto__', type: 'string' }] }], buckets: [{ $id: '_files' }] } as never;
    await expect(startEmulator({ config, port: 0 })).rejects.toThrow(`config at collections[0].attributes[0].key: "__proto__" is not a valid attribute key: ${rule}`);
    expect(() => loadConfig({ buckets: [{ $id: '_files' }] } as never)).toThrow(`config at buckets[0].$id: "_files" is not a valid bucket ID: ${rule}`);
  });

  it('makes the CLI print one line and exit 1', async () => {
    const file = writeBad('cli.json');
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [bin, '--config', file, '--port', '0'], { timeout: 30_000 }, (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr }));
    });
    expect(result).toEqual({ code: 1, stdout: '', stderr: `aw-emulator: ${file}:9:37: ${REASON}\n` });
  });

  it('still reads a good appwrite.json with every 1.5 attribute type', () => {
    const file = join(scratch, 'good.json');
    writeFileSync(
      file,
      JSON.stringify({
        projectId: 'shop',
        collections: [
          {
            $id: 'products',
            databaseId: 'shop',
            name: 'Products',
            attributes: [
              { key: 'name', type: 'string', size: 20, required: true, default: null },
              { key: 'stock', type: 'integer', min: 0, max: 10, default: 5 },
              { key: 'status', type: 'string', format: 'enum', elements: ['draft', 'live'], default: 'draft' },
              { key: 'maker', type: 'relationship', relatedCollection: 'makers', relationType: 'manyToOne', side: 'parent', onDelete: 'setNull' },
            ],
          },
          { $id: 'makers', databaseId: 'shop', name: 'Makers', attributes: [] },
        ],
      }),
    );
    expect(loadConfig(file).collections).toHaveLength(2);
  });
});
