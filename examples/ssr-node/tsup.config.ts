import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { main: 'src/main.ts', createSsrServer: 'src/createSsrServer.ts' },
  format: ['esm'],
  tsconfig: 'tsconfig.build.json',
  clean: true,
  sourcemap: true,
  target: 'node20',
});
