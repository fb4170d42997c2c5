import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * The esbuild settings every bundle is built with: one browser ESM file, minified and tree-shaken,
 * with license comments dropped so that neither side pays for them.
 */
export const bundleOptions = Object.freeze({
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  treeShaking: true,
  legalComments: 'none',
  write: false,
  logLevel: 'silent',
  define: { 'process.env.NODE_ENV': '"production"' },
});

/**
 * Creates a browser bundle of one entry and measures it.
 *
 * @param entry Either `{ file }`, a path to an entry module, or `{ contents, resolveDir }`, entry source code
 *   whose imports resolve from `resolveDir`; `plugins` optionally adds esbuild plugins.
 *
 * @returns The minified text and its raw, gzip -9 and brotli (quality 11) sizes in bytes.
 */
export async function measureBundle(entry) {
  const result = await build({
    ...bundleOptions,
    plugins: entry.plugins ?? [],
    ...(entry.file
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, sourcefile: 'entry.js', loader: 'js' } }),
  });
  const bytes = result.outputFiles[0].contents;
  return {
    text: result.outputFiles[0].text,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Formats a byte count as kilobytes (1 kB = 1000 bytes) with one decimal.
 *
 * @param bytes The byte count.
 *
 * @returns The formatted size, such as `4.6 kB`.
 */
export function formatKb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
