import { fileURLToPath } from 'node:url';
import { operations } from '../generated/operations.mjs';
import { measureBundle } from './measureBundle.mjs';

const benchDir = fileURLToPath(new URL('../../', import.meta.url));

/** Our export names of the typical app's operations, imported first so the sweep starts with a realistic app. */
const typicalFirst = [
  'createEmailPasswordSession',
  'getCurrentUser',
  'listUserDocuments',
  'createDocument',
  'createFile',
  'getFilePreviewImage',
  'getUserMemberships',
];

/**
 * Returns every operation in sweep order: the typical app's operations, then the rest in table order.
 *
 * @returns The ordered operations.
 */
export function sweepOrder() {
  const first = typicalFirst.map((name) => operations.find((op) => op.name === name));
  return [...first, ...operations.filter((op) => !typicalFirst.includes(op.name))];
}

const pascal = (service) => service[0].toUpperCase() + service.slice(1);

/**
 * Writes the entry source of an app that imports the given operations from our packages.
 *
 * @param ops The operations to import.
 *
 * @returns The entry source.
 */
export function oursEntry(ops) {
  const byService = new Map();
  for (const op of ops) byService.set(op.service, [...(byService.get(op.service) ?? []), op]);
  const lines = [`import { createClient } from '@aw/core';`];
  for (const [service, list] of byService) {
    // Aliased, because two services export the same name (account and teams both have getPrefs).
    lines.push(`import { ${list.map((op) => `${op.name} as ${service}_${op.name}`).join(', ')} } from '@aw/${service}';`);
  }
  lines.push(`export const client = createClient({ endpoint: 'https://cloud.appwrite.io/v1', project: 'bench' });`);
  lines.push(`export const ops = [${ops.map((op) => `${op.service}_${op.name}`).join(', ')}];`);
  return lines.join('\n');
}

/**
 * Writes the entry source of an app that calls the given operations through an official SDK.
 *
 * @param ops The operations to reach.
 * @param module The official package's import specifier.
 *
 * @returns The entry source.
 */
export function officialEntry(ops, module) {
  const services = [...new Set(ops.map((op) => op.service))];
  const lines = [`import { Client${services.map((s) => `, ${pascal(s)}`).join('')} } from '${module}';`];
  lines.push(`export const client = new Client().setEndpoint('https://cloud.appwrite.io/v1').setProject('bench');`);
  for (const service of services) lines.push(`const ${service} = new ${pascal(service)}(client);`);
  lines.push(`export const ops = [${ops.map((op) => `${op.service}.${op.official}`).join(', ')}];`);
  return lines.join('\n');
}

/**
 * Returns the endpoint counts measured for an official SDK: every count up to the typical app, then
 * every eighth and the last. Its size only steps when a new service class comes in, and each official
 * build parses the whole package, so sampling keeps the sweep fast.
 *
 * @param total The number of operations.
 *
 * @returns The sampled counts, ascending.
 */
export function officialCounts(total) {
  const counts = new Set([...Array(typicalFirst.length + 1).keys()]);
  for (let count = 8; count < total; count += 8) counts.add(count);
  counts.add(total);
  return [...counts].sort((a, b) => a - b);
}

/**
 * Measures bundle size against the number of endpoints imported, from 0 (bare client) to all 95:
 * every count for ours, sampled counts for the official SDKs.
 *
 * @param sdkList The SDKs to sweep (`{ id, module? }`; `module` absent means ours).
 *
 * @returns The sweep order and, per SDK id, a list of `{ count, raw, gzip, brotli }`, or `{ error }` when ours is not built.
 */
export async function sweepEndpoints(sdkList) {
  const order = sweepOrder();
  const result = {};
  for (const sdk of sdkList) {
    const points = [];
    const counts = sdk.module ? officialCounts(order.length) : [...Array(order.length + 1).keys()];
    for (const count of counts) {
      const ops = order.slice(0, count);
      const contents = sdk.module ? officialEntry(ops, sdk.module) : oursEntry(ops);
      try {
        const { raw, gzip, brotli } = await measureBundle({ contents, resolveDir: benchDir });
        points.push({ count, raw, gzip, brotli });
      } catch (error) {
        // Name the file whose import failed too, so a stale or half-built package is easy to spot.
        const first = error?.errors?.[0];
        result[sdk.id] = { error: `${first?.text ?? error}${first?.location ? ` (in ${first.location.file})` : ''} at ${count} endpoints` };
        break;
      }
    }
    if (!result[sdk.id]) result[sdk.id] = points;
  }
  return { order, series: result };
}
