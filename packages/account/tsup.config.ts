import { packageBuild } from '../../tsup.shared.ts';

// `auth-state` is its own entry; splitting keeps one copy of the operations both entries use.
export default packageBuild({ index: 'src/index.ts', 'auth-state': 'src/auth-state.ts' }, { splitting: true });
