import { describe, expect, it } from 'vitest';
import { operations } from '../src/generated/operations.mjs';
import { isolationSamples } from '../src/budgets/budgets.mjs';

// The isolation check is only worth something if its inputs are right: the operations table and
// the sample it builds from it.
describe('isolation check inputs', () => {
  it('lists all 95 operations once, with their official counterparts', () => {
    expect(operations).toHaveLength(95);
    expect(new Set(operations.map((op) => `${op.service}.${op.name}`)).size).toBe(95);
    expect(operations.find((op) => op.name === 'getCurrentUser')).toMatchObject({ official: 'get', method: 'GET', path: '/account' });
  });

  it('samples getCurrentUser and one operation of each of the 9 services', () => {
    const samples = isolationSamples();
    expect(samples[0]?.name).toBe('getCurrentUser');
    expect(new Set(samples.map((op) => op.service)).size).toBe(9);
    expect(samples).toHaveLength(9);
  });
});
