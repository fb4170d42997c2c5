import { packageBuild } from '../../tsup.shared.ts';

export default packageBuild({ index: 'src/index.ts', node: 'src/node/index.ts' });
