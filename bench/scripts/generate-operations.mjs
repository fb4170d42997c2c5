// Writes bench/src/generated/operations.mjs: one row per operation, joining the seed's names
// (ours, camelCased) with the spec's paths and the official SDK's method names; and
// bench/scenarios/ours/all.js, the "every operation" app: each operation's function, plus the URL
// builder of each binary one (the official SDK's binary methods return URLs).
// Usage: node bench/scripts/generate-operations.mjs [seed-readme] [spec-json]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const seedPath = process.argv[2] ?? '/work/shared/seed/python-sdk-README.md';
const specPath = process.argv[3] ?? fileURLToPath(new URL('../../tools/codegen/spec/appwrite-1.5.8-client.openapi3.json', import.meta.url));
const seed = readFileSync(seedPath, 'utf8');
const specText = readFileSync(specPath, 'utf8');
const spec = JSON.parse(specText);

const camel = (snake) => snake.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase()).replace(/Oauth2/g, 'OAuth2');
const rows = [];
const heading = /^### `appwriteclient\.([a-z]+)\.([a-z0-9_]+)`/gm;
for (const match of seed.matchAll(heading)) {
  const rest = seed.slice(match.index + match[0].length);
  const endpoint = /^`(\/[^`]*)` `([a-z]+)`$/m.exec(rest);
  if (!endpoint) throw new Error(`no endpoint for ${match[2]}`);
  const [, path, method] = endpoint;
  const operation = spec.paths[path]?.[method];
  if (!operation) throw new Error(`not in spec: ${method} ${path}`);
  rows.push({
    service: match[1],
    name: camel(match[2]),
    official: operation['x-appwrite'].method,
    method: method.toUpperCase(),
    path,
    binary: (operation['x-appwrite'].type ?? '') === 'location',
  });
}
if (rows.length !== 95) throw new Error(`expected 95 operations, found ${rows.length}`);
const hash = createHash('sha256').update(specText).digest('hex').slice(0, 12);
const out = `// DO NOT EDIT: written by bench/scripts/generate-operations.mjs from appwrite-1.5.8-client.openapi3.json (sha256 ${hash}) and the seed README.
/** Every client operation: service, our export name, the official SDK's method name, HTTP method and path. */
export const operations = ${JSON.stringify(rows, null, 1)};
`;
writeFileSync(new URL('../src/generated/operations.mjs', import.meta.url), out);

const services = [...new Set(rows.map((row) => row.service))];
const imports = services.map((service) => {
  const names = rows.filter((row) => row.service === service).flatMap((row) => (row.binary ? [row.name, `${row.name}Url`] : [row.name]));
  return `export {\n${names.map((name) => `  ${name} as ${service}_${name},`).join('\n')}\n} from '@aw/${service}';`;
});
const app = `// DO NOT EDIT: written by bench/scripts/generate-operations.mjs.
// Every operation: an app that imports each of the 95 operations (and the URL builder of each binary
// one), as the official SDK's "every operation" app imports every service class.
export { createClient } from '@aw/core';
${imports.join('\n')}
`;
writeFileSync(new URL('../scenarios/ours/all.js', import.meta.url), app);
console.log(`wrote ${rows.length} operations`);
