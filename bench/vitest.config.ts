import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // Bundling under a loaded CI machine can take a few seconds per case.
    testTimeout: 30_000,
  },
});
