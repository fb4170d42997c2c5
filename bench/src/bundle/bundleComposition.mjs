import { build } from 'esbuild';
import { bundleOptions } from './measureBundle.mjs';

/**
 * Names the package a bundled input file belongs to: `@aw/<name>` for our workspace packages,
 * the npm package name for dependencies, the path otherwise.
 *
 * @param input An esbuild metafile input path.
 *
 * @returns The package name.
 */
export function packageOf(input) {
  const ours = /(?:^|\/)packages\/([^/]+)\//.exec(input);
  if (ours) return `@aw/${ours[1]}`;
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
  return dependency ? dependency[1] : input;
}

/**
 * Creates the bundle of one entry and splits its minified bytes by package, largest first.
 *
 * @param file The entry file.
 *
 * @returns One `{ name, bytes }` per package; bytes are minified, before compression.
 */
export async function bundleComposition(file) {
  const result = await build({ ...bundleOptions, entryPoints: [file], metafile: true });
  const output = Object.values(result.metafile.outputs)[0];
  const totals = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = packageOf(input);
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}
