import { defineConfig, type Options } from 'tsup';

/**
 * Creates the tsup config every published package builds with: ESM + CJS + declarations.
 *
 * @param entry The entry points, by output name. Defaults to `src/index.ts` as `index`.
 * @param overrides Options that differ for one package.
 *
 * @returns The tsup config.
 */
export function packageBuild(entry: Record<string, string> = { index: 'src/index.ts' }, overrides: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm', 'cjs'],
    tsconfig: 'tsconfig.build.json',
    // TS 6 deprecates baseUrl, which rollup-plugin-dts still sets.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    clean: true,
    sourcemap: true,
    treeshake: true,
    target: 'es2022',
    ...overrides,
  });
}
