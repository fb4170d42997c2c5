import { fileURLToPath } from 'node:url';
import { measureBundle } from '../bundle/measureBundle.mjs';
import { scenariosDir } from '../bundle/scenarioBundles.mjs';
import { operations } from '../generated/operations.mjs';

const benchDir = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Size budgets per scenario of ours, in gzip -9 bytes (1 kB = 1000 bytes).
 *
 * `maxGzip` is the goal (issue 13); `ceiling` is what CI enforces: the size measured when the
 * lean request path landed, plus about 3%, so that no change makes a bundle bigger unnoticed.
 * Where the two differ the goal is not met yet: ofetch (with ufo and destr) weighs 4.04 kB gzip on
 * its own and valibot's login schema about 1.5 kB, before any of our code (see RESULTS.md).
 * Lower a ceiling when a change shrinks the bundle; raising one needs a reason in the changelog.
 * Every operation's was lowered to 19.3 kB + 3% when param rules and long enums stopped being
 * repeated per operation; all were lowered again when the request path, the upload engine and the
 * generated descriptors shrank, and "every operation" began to import exactly the 95 operations
 * (whole packages, enum objects and helpers included, are the "every export" row).
 */
export const sizeBudgets = [
  { scenario: 'bare', label: 'bare client', maxGzip: 1000, ceiling: 530 },
  { scenario: 'login', label: 'login + current user', maxGzip: 7000, ceiling: 8650 },
  { scenario: 'typical', label: 'typical app', maxGzip: 9500, ceiling: 11750 },
  { scenario: 'all', label: 'every operation', maxGzip: 16000, ceiling: 16000 },
  // Whole packages re-exported (enum objects, aliases and helpers too): no goal, only a ceiling.
  { scenario: 'exports', label: 'every export', maxGzip: undefined, ceiling: 18400 },
];

/**
 * Measures one of our scenarios against its budget.
 *
 * @param budget One entry of {@link sizeBudgets}.
 *
 * @returns The budget with the measured `gzip` bytes and whether it `fits`.
 */
export async function checkSizeBudget(budget) {
  const { gzip } = await measureBundle({ file: `${scenariosDir}ours/${budget.scenario}.js` });
  return { ...budget, gzip, fits: budget.maxGzip === undefined || gzip <= budget.maxGzip, withinCeiling: gzip <= budget.ceiling };
}

/**
 * The operations checked for isolation: `getCurrentUser` (the brief's example) and the first
 * operation of every other service, so each package is covered without 95 builds.
 */
export function isolationSamples() {
  const samples = [operations.find((op) => op.name === 'getCurrentUser')];
  for (const op of operations) if (!samples.some((s) => s.service === op.service)) samples.push(op);
  return samples;
}

/**
 * Lists the other endpoints whose path string literal appears in a bundle. A path that is part of
 * the operation's own path (`/account` inside `/account/prefs`) cannot be told apart and is not counted.
 *
 * @param text The bundle text.
 * @param op The operation the bundle was made for.
 *
 * @returns The other endpoints' paths found; empty when none is.
 */
export function otherEndpointPaths(text, op) {
  const others = new Set(operations.filter((other) => other.path !== op.path && !op.path.includes(other.path)).map((other) => other.path));
  return [...others].filter((path) => text.includes(`"${path}"`) || text.includes(`'${path}'`) || text.includes(`\`${path}\``));
}

/**
 * Bundles an app that imports one of our operations and lists every other endpoint whose path
 * string shows up in the bundle.
 *
 * @param op The operation (a row of the operations table).
 *
 * @returns The other endpoints' paths found in the bundle; empty when the import is isolated.
 */
export async function leakedEndpoints(op) {
  const contents = `import { ${op.name} } from '@aw/${op.service}';\nexport { ${op.name} };\n`;
  const { text } = await measureBundle({ contents, resolveDir: benchDir });
  return otherEndpointPaths(text, op);
}
