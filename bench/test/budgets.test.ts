import { describe, expect, it } from 'vitest';
import { checkSizeBudget, isolationSamples, leakedEndpoints, sizeBudgets } from '../src/budgets/budgets.mjs';

describe('bundle size budgets (gzip -9, esbuild browser ESM)', () => {
  for (const budget of sizeBudgets) {
    it(`${budget.label} stays within ${budget.maxGzip} bytes`, async () => {
      const result = await checkSizeBudget(budget);
      expect(result.gzip, `${budget.label}: ${result.gzip} bytes gzip`).toBeLessThanOrEqual(budget.maxGzip);
    });
  }
});

describe('importing one operation pulls in no other endpoint', () => {
  for (const op of isolationSamples()) {
    it(`${op.service}.${op.name} alone`, async () => {
      expect(await leakedEndpoints(op)).toEqual([]);
    });
  }
});
