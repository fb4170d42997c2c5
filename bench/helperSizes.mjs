// What importing `paginate`, `createAuthState` or a typed collection from `aw-typegen` adds to a
// browser bundle: `node bench/helperSizes.mjs` (needs built packages). Each helper is measured alone
// and as the difference it makes to an app that already sends the call it builds on; gzip -9 of a
// minified esbuild browser ESM bundle.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateFromText } from '@aw/typegen';
import { measureBundle } from './src/bundle/measureBundle.mjs';

const resolveDir = fileURLToPath(new URL('.', import.meta.url));
const size = async (contents) => (await measureBundle({ contents, resolveDir })).gzip;

// The typical app's `main/todos` collection, generated as a user's app would have it (JavaScript
// output, beside the bench's own valibot).
const todos = {
  collections: [
    {
      $id: 'todos',
      databaseId: 'main',
      name: 'Todos',
      attributes: [
        { key: 'title', type: 'string', required: true, size: 100 },
        { key: 'owner', type: 'string', required: true, size: 36 },
        { key: 'done', type: 'boolean', required: false, default: false },
      ],
    },
  ],
};
const generatedDir = fileURLToPath(new URL('./node_modules/.cache/aw-bench-typed/', import.meta.url));
mkdirSync(generatedDir, { recursive: true });
writeFileSync(`${generatedDir}todos.mjs`, generateFromText(JSON.stringify(todos), { source: 'appwrite.json', kind: 'js' }).code);
// The typical app's document calls: a two-query list and a create.
const documentCalls = (ids) => `
import { createClient } from '@aw/core';
import * as Query from '@aw/core/query';
import { createDocument, listUserDocuments } from '@aw/databases';
export async function app() {
  const client = createClient({ endpoint: 'https://cloud.appwrite.io/v1', project: 'bench' });
  await listUserDocuments(client, { ...${ids}, queries: [Query.equal('owner', 'u1'), Query.limit(25)] });
  await createDocument(client, { ...${ids}, documentId: 'unique()', data: { title: 'Buy milk', owner: 'u1' } });
}`;

const cases = [
  {
    label: 'paginate',
    alone: `import { paginate } from '@aw/core/paginate'; export { paginate };`,
    base: `import { createClient } from '@aw/core'; import { listUserDocuments } from '@aw/databases'; export { createClient, listUserDocuments };`,
    with: `import { createClient } from '@aw/core'; import { paginate } from '@aw/core/paginate'; import { listUserDocuments } from '@aw/databases'; export { createClient, listUserDocuments, paginate };`,
  },
  {
    label: 'createAuthState',
    alone: `import { createAuthState } from '@aw/account/auth-state'; export { createAuthState };`,
    base: `import { createClient } from '@aw/core'; import { getCurrentUser } from '@aw/account'; export { createClient, getCurrentUser };`,
    with: `import { createClient } from '@aw/core'; import { getCurrentUser } from '@aw/account'; import { createAuthState } from '@aw/account/auth-state'; export { createClient, createAuthState, getCurrentUser };`,
  },
  {
    label: 'typed collection',
    alone: `import { TodoCollection } from './node_modules/.cache/aw-bench-typed/todos.mjs'; export { TodoCollection };`,
    base: documentCalls(`{ databaseId: 'main', collectionId: 'todos' }`),
    with: `import { TodoCollection } from './node_modules/.cache/aw-bench-typed/todos.mjs';${documentCalls('TodoCollection')}`,
  },
];

for (const entry of cases) {
  const [alone, base, withIt] = await Promise.all([size(entry.alone), size(entry.base), size(entry.with)]);
  console.log(`${entry.label.padEnd(16)} alone ${String(alone).padStart(5)} B gzip; app ${base} B -> ${withIt} B: adds ${withIt - base} B`);
}
