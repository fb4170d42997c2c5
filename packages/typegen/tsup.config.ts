import { packageBuild } from '../../tsup.shared.ts';

// The CLI is its own entry so `aw-typegen` runs without loading the library twice.
export default packageBuild({ index: 'src/index.ts', cli: 'src/cli.ts' }, { splitting: true, target: 'node20' });
