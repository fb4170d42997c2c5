#!/usr/bin/env node
// One-off: reads the seed README's Reference section and writes the operation list
// (service, seed name, HTTP method, path) to spec/seed-operations.json. Re-run only when the seed changes:
//   node tools/codegen/scripts/extractSeedOperations.mjs [path/to/python-sdk-README.md]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const seedPath = resolve(process.argv[2] ?? '/work/shared/seed/python-sdk-README.md');
const text = readFileSync(seedPath, 'utf8');
const reference = text.slice(text.indexOf('## Reference'));

/** @type {{ service: string, name: string, method: string, path: string }[]} */
const operations = [];
// Each entry is a "### `appwriteclient.<service>.<name>`" heading followed (later) by "`<path>` `<method>`".
const sections = reference.split(/^### /m).slice(1);
for (const section of sections) {
  const heading = /^`appwriteclient\.(\w+)\.(\w+)`/.exec(section);
  const endpoint = /^`(\/[^`]*)` `(\w+)`$/m.exec(section);
  if (!heading || !endpoint) continue;
  operations.push({ service: heading[1], name: heading[2], method: endpoint[2].toUpperCase(), path: endpoint[1] });
}
operations.sort((a, b) => (a.service + a.name < b.service + b.name ? -1 : 1));
writeFileSync(join(here, '../spec/seed-operations.json'), `${JSON.stringify(operations, null, 2)}\n`);
console.log(`wrote ${operations.length} operations`);
