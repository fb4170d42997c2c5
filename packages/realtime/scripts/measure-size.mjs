// Measures what an app pays for realtime: bundles an entry with esbuild for the browser
// (minified, tree-shaken) and prints raw, gzip and brotli sizes. Run after `pnpm build`.
// Fails when the browser bundle would pull in the Node-only `ws` package.
import { build } from 'esbuild';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const entries = {
  '{ subscribe, documents }': `import { subscribe, documents } from ${JSON.stringify(dist)}; export { subscribe, documents };`,
  'everything': `export * from ${JSON.stringify(dist)};`,
};

for (const [name, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.keys(result.metafile.inputs);
  if (inputs.some((input) => /node_modules\/ws\//.test(input))) throw new Error(`${name}: the browser bundle includes ws`);
  console.log(
    `${name}: ${code.length} B minified, ${gzipSync(code, { level: 9 }).length} B gzip, ${brotliCompressSync(code).length} B brotli`,
  );
}
