import { defineConfig } from 'vitest/config';

/**
 * Creates the vitest config of a package: unit tests beside the code, end-to-end tests in
 * `test/`, and type tests (`*.test-d.ts`) checked in the same run.
 *
 * @returns The vitest config.
 */
export function packageTests() {
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      environment: 'node',
      pool: 'threads',
      typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
    },
  });
}
