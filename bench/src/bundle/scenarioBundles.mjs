import { fileURLToPath } from 'node:url';
import { scenarios, sdks } from '../sdks.mjs';
import { measureBundle } from './measureBundle.mjs';

/** Absolute path of bench/scenarios/. */
export const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/**
 * Measures every fixed scenario for every SDK.
 *
 * A scenario whose imports do not resolve yet (a service package not built) is reported with its
 * error instead of failing the whole table.
 *
 * @returns One row per scenario: `{ scenario, sizes: { [sdkId]: { raw, gzip, brotli } | { error } } }`.
 */
export async function measureScenarios() {
  const rows = [];
  for (const scenario of scenarios) {
    const sizes = {};
    for (const sdk of sdks) {
      try {
        const { raw, gzip, brotli } = await measureBundle({ file: `${scenariosDir}${sdk.id}/${scenario.id}.js` });
        sizes[sdk.id] = { raw, gzip, brotli };
      } catch (error) {
        sizes[sdk.id] = { error: firstLine(error) };
      }
    }
    rows.push({ scenario, sizes });
  }
  return rows;
}

function firstLine(error) {
  const message = error?.errors?.[0]?.text ?? String(error?.message ?? error);
  return message.split('\n')[0];
}
