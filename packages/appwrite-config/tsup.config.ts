import { packageBuild } from '../../tsup.shared.ts';

// jsonc-parser's main is UMD; bundling its ESM build keeps the consumers' bundles free of it as a dependency.
export default packageBuild({ index: 'src/index.ts' }, { noExternal: ['jsonc-parser'], target: 'node20' });
