// What importing `paginate` or `createAuthState` adds to a browser bundle: `node bench/helperSizes.mjs`
// (needs built packages). Each helper is measured alone and as the difference it makes to an app
// that already sends the call it builds on; gzip -9 of a minified esbuild browser ESM bundle.
import { fileURLToPath } from 'node:url';
import { measureBundle } from './src/bundle/measureBundle.mjs';

const resolveDir = fileURLToPath(new URL('.', import.meta.url));
const size = async (contents) => (await measureBundle({ contents, resolveDir })).gzip;

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
];

for (const entry of cases) {
  const [alone, base, withIt] = await Promise.all([size(entry.alone), size(entry.base), size(entry.with)]);
  console.log(`${entry.label.padEnd(16)} alone ${String(alone).padStart(5)} B gzip; app ${base} B -> ${withIt} B: adds ${withIt - base} B`);
}
