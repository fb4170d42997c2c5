import { packageBuild } from '../../tsup.shared.ts';

// `auth-state` and `ssr` are entries of their own; splitting keeps one copy of the operations both entries use.
export default packageBuild({ index: 'src/index.ts', 'auth-state': 'src/auth-state.ts', ssr: 'src/ssr.ts' }, { splitting: true });
