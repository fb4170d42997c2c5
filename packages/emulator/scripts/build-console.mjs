// Builds the emulator console (console/) into dist/console/: one minified script, the style sheet
// and the page. Runs after tsup in the package's `build`, so the assets ship prebuilt in the
// package and users never build anything. Prints the gzip size of each file.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'console');
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(root, 'console', 'src', 'main.tsx')],
  outfile: join(out, 'console.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
});
await build({ entryPoints: [join(root, 'console', 'console.css')], outfile: join(out, 'console.css'), minify: true, logLevel: 'warning' });
copyFileSync(join(root, 'console', 'index.html'), join(out, 'index.html'));

let total = 0;
for (const file of ['index.html', 'console.js', 'console.css']) {
  const bytes = readFileSync(join(out, file));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  total += gzip;
  if (process.argv.includes('--sizes')) console.log(`${file.padEnd(12)} ${String(bytes.length).padStart(7)} B  ${String(gzip).padStart(6)} B gzip`);
}
if (process.argv.includes('--sizes')) console.log(`${'total'.padEnd(12)} ${''.padStart(7)}    ${String(total).padStart(6)} B gzip`);
