#!/usr/bin/env node
// Regenerates every generated file from the pinned spec copies in tools/codegen/spec/.
//   node tools/codegen/bin/generate.mjs [--spec path/to/openapi3.json]
// Owned folders (packages/*/src/generated, packages/*/test/generated) are emptied and rewritten.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate, ownedFolders } from '../src/generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const specDir = join(root, 'tools/codegen/spec');
const { values } = parseArgs({ options: { spec: { type: 'string' } } });
const specPath = values.spec ? resolve(values.spec) : join(specDir, 'appwrite-1.5.8-client.openapi3.json');
const errorsName = 'appwrite-1.5-error-types.json';

const { files, services } = generate({
  specName: basename(specPath),
  specText: readFileSync(specPath, 'utf8'),
  seedOperations: JSON.parse(readFileSync(join(specDir, 'seed-operations.json'), 'utf8')),
  errorsName,
  errorsText: readFileSync(join(specDir, errorsName), 'utf8'),
});

for (const folder of ownedFolders(services)) rmSync(join(root, folder), { recursive: true, force: true });
for (const [relative, contents] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const file = join(root, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}
console.log(`generated ${files.size} files for ${services.length} services`);
