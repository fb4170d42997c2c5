// Projects our bundle sizes on ofetch 2 (in alpha, so not a dependency yet): bundles our scenarios
// twice, once as they are and once with `ofetch` resolved to an ofetch 2 build, and prints both.
// Usage: npm i --prefix /tmp/of2 ofetch@2.0.0-alpha.3
//        node bench/scripts/ofetch2-projection.mjs /tmp/of2/node_modules/ofetch/dist/index.mjs
import { existsSync } from 'node:fs';
import { formatKb, measureBundle } from '../src/bundle/measureBundle.mjs';
import { scenariosDir } from '../src/bundle/scenarioBundles.mjs';

const ofetch2 = process.argv[2];
if (!ofetch2 || !existsSync(ofetch2)) {
  console.error('usage: node bench/scripts/ofetch2-projection.mjs <path to ofetch 2 dist/index.mjs>');
  process.exit(2);
}
const toOfetch2 = { name: 'ofetch-2', setup: (build) => build.onResolve({ filter: /^ofetch$/ }, () => ({ path: ofetch2 })) };
for (const scenario of ['bare', 'login', 'typical', 'all']) {
  const file = `${scenariosDir}ours/${scenario}.js`;
  const [now, next] = await Promise.all([measureBundle({ file }), measureBundle({ file, plugins: [toOfetch2] })]);
  console.log(`${scenario.padEnd(8)} ofetch 1.5: ${formatKb(now.gzip).padStart(8)}   ofetch 2: ${formatKb(next.gzip).padStart(8)}   (${next.gzip - now.gzip} B)`);
}
