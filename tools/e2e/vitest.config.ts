import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Forks, so the memory figure of the paging test is this file's heap alone.
    pool: 'forks',
    testTimeout: 60_000,
    // `gc()` before each heap sample, so the figure is what is retained, not garbage not yet collected.
    execArgv: ['--expose-gc'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
