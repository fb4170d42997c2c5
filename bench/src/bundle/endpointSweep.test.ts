import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { officialCounts, officialEntry, oursEntry, sweepOrder } from './endpointSweep.mjs';
import { measureBundle } from './measureBundle.mjs';

const benchDir = fileURLToPath(new URL('../../', import.meta.url));

describe('endpoint sweep', () => {
  it('starts with the typical app and covers every operation once', () => {
    const order = sweepOrder();
    expect(order.slice(0, 2).map((op) => op.name)).toEqual(['createEmailPasswordSession', 'getCurrentUser']);
    expect(new Set(order.map((op) => `${op.service}.${op.name}`)).size).toBe(95);
  });

  it('samples official counts from 0 to the total', () => {
    const counts = officialCounts(95);
    expect(counts[0]).toBe(0);
    expect(counts.at(-1)).toBe(95);
    expect(counts).toContain(7);
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);
  });

  it('aliases our imports so same-named operations of two services can sit together', () => {
    const order = sweepOrder();
    const prefs = order.filter((op) => op.name === 'getPrefs');
    expect(prefs).toHaveLength(2);
    const entry = oursEntry(prefs);
    expect(entry).toContain("import { getPrefs as account_getPrefs } from '@aw/account';");
    expect(entry).toContain("import { getPrefs as teams_getPrefs } from '@aw/teams';");
  });

  it('writes official entries that bundle, and grow when a service class comes in', async () => {
    const order = sweepOrder();
    const bare = await measureBundle({ contents: officialEntry([], 'appwrite-v15'), resolveDir: benchDir });
    const login = await measureBundle({ contents: officialEntry(order.slice(0, 2), 'appwrite-v15'), resolveDir: benchDir });
    expect(login.gzip).toBeGreaterThan(bare.gzip + 1000);
    expect(login.text).toContain('/account/sessions/email');
  });

  it('writes entries of ours that bundle from the built packages at every step (the sweep of ours once failed to resolve a chunk)', async () => {
    const order = sweepOrder();
    const sizes = [];
    for (const count of [0, 1, 7, order.length]) sizes.push((await measureBundle({ contents: oursEntry(order.slice(0, count)), resolveDir: benchDir })).gzip);
    expect(sizes[1]).toBeGreaterThan(sizes[0]);
    expect(sizes[2]).toBeGreaterThan(sizes[1]);
    expect(sizes[3]).toBeGreaterThan(sizes[2]);
  }, 60_000);
});
