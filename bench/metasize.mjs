// Prints bytes in the minified output per input module for one of our scenarios, with the same
// esbuild settings as the budgets: `node bench/metasize.mjs login [--text]`.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleOptions } from './src/bundle/measureBundle.mjs';
import { scenariosDir } from './src/bundle/scenarioBundles.mjs';

const scenario = process.argv[2] ?? 'login';
const pretty = process.argv.includes('--text');
const result = await build({ ...bundleOptions, minify: !pretty, metafile: true, entryPoints: [`${scenariosDir}ours/${scenario}.js`] });
const out = Object.values(result.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([file, { bytesInOutput }]) => [bytesInOutput, file.replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/^\.\.\//, '')]);
rows.sort((a, b) => b[0] - a[0]);
if (pretty) console.log(result.outputFiles[0].text);
else {
  for (const [bytes, file] of rows) if (bytes > 0) console.log(String(bytes).padStart(7), file);
  const bytes = result.outputFiles[0].contents;
  console.log('total min', bytes.length, 'gzip', gzipSync(bytes, { level: 9 }).length);
}
