import { packageBuild } from '../../tsup.shared.ts';

// The CLI is its own entry so `aw-typegen` runs without loading the library twice.
// @aw/appwrite-config is private: its code is bundled, and its types are inlined into ours.
export default packageBuild(
  { index: 'src/index.ts', cli: 'src/cli.ts' },
  { splitting: true, target: 'node20', dts: { resolve: ['@aw/appwrite-config'], compilerOptions: { ignoreDeprecations: '6.0' } } },
);
