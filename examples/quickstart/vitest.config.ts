import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/**/*.test.mjs'], environment: 'node', pool: 'forks', testTimeout: 30_000 },
});
