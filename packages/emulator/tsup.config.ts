import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts', vitest: 'src/vitest.ts' },
  format: ['esm', 'cjs'],
  tsconfig: 'tsconfig.build.json',
  // TS 6 deprecates baseUrl, which rollup-plugin-dts still sets.
  // @aw/appwrite-config is private: its code is bundled, and its types are inlined into ours.
  dts: { resolve: ['@aw/appwrite-config'], compilerOptions: { ignoreDeprecations: '6.0' } },
  // jsonc-parser's main is UMD, which Node's ESM loader cannot name exports of; bundle its ESM build.
  noExternal: ['jsonc-parser'],
  splitting: true,
  // import.meta.url (font lookup) must also work in the CJS build.
  shims: true,
  clean: true,
  sourcemap: true,
  treeshake: true,
  target: 'node20',
});
