// Reads the 95 seed names and checks each is exported, as a function, by its built package.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aliases } from '../src/docs/operationDocs.mjs';
import { camelCase } from '../src/names.mjs';

const seedOperations = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../spec/seed-operations.json'), 'utf8'));
const services = [...new Set(seedOperations.map((operation) => operation.service))];
const aliasServices = { confirmEmailVerification: 'account', sendEmailVerification: 'account', updateName: 'account', graphqlQuery: 'graphql', graphqlMutation: 'graphql', listTeams: 'teams' };

describe.each(services)('@aw/%s', (service) => {
  it('exports every seed operation of the service', async () => {
    const module = await import(`@aw/${service}`);
    const missing = seedOperations
      .filter((operation) => operation.service === service)
      .map((operation) => camelCase(operation.name))
      .filter((name) => typeof module[name] !== 'function');
    expect(missing).toEqual([]);
  });

  it('exports its aliases', async () => {
    const module = await import(`@aw/${service}`);
    for (const [alias, service_] of Object.entries(aliasServices)) {
      if (service_ === service) expect(typeof module[alias], alias).toBe('function');
    }
  });
});

it('names every alias in this test', () => {
  expect(Object.keys(aliasServices).sort()).toEqual(Object.keys(aliases).sort());
});
