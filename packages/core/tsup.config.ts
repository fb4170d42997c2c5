import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    internal: 'src/internal.ts',
    query: 'src/query/index.ts',
    id: 'src/id/index.ts',
    permission: 'src/permission/index.ts',
    role: 'src/role/index.ts',
    paginate: 'src/paginate/index.ts',
  },
  format: ['esm', 'cjs'],
  tsconfig: 'tsconfig.build.json',
  // TS 6 deprecates baseUrl, which rollup-plugin-dts still sets.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // One shared chunk per format keeps a single AppwriteError class across entry points.
  splitting: true,
  clean: true,
  sourcemap: true,
  treeshake: true,
  target: 'es2022',
});
