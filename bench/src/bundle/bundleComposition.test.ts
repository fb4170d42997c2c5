import { describe, expect, it } from 'vitest';
import { packageOf } from './bundleComposition.mjs';

describe('packageOf', () => {
  it('names workspace packages, scoped and plain dependencies', () => {
    expect(packageOf('../packages/core/dist/internal.js')).toBe('@aw/core');
    expect(packageOf('../node_modules/.pnpm/ofetch@1.5.1/node_modules/ofetch/dist/shared/x.mjs')).toBe('ofetch');
    expect(packageOf('node_modules/.pnpm/@scope+pkg@1.0.0/node_modules/@scope/pkg/index.js')).toBe('@scope/pkg');
    expect(packageOf('scenarios/ours/login.js')).toBe('scenarios/ours/login.js');
  });
});
