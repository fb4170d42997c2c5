import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The suite runs against the emulator's source, so a fix shows up without a rebuild.
export default defineConfig({
  resolve: { alias: { '@aw/emulator': fileURLToPath(new URL('../emulator/src/index.ts', import.meta.url)) } },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // Files share the loaded emulator modules (each still starts its own emulator), which saves most of the start-up time.
    isolate: false,
    setupFiles: ['./test/support/countAssertions.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
