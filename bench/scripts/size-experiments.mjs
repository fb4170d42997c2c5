// Prices pieces of a bundle: takes the unminified text of one of our scenarios
// (`node bench/metasize.mjs login --text > login.js`) and a JSON list of edits, applies each edit
// to a copy, bundles and minifies it again, and prints how many gzip bytes the edit saves.
// Usage: node bench/scripts/size-experiments.mjs login.js edits.json
// edits.json: [["label", "regex (m and s flags)", "replacement", ...more regex/replacement pairs], ...]
// An edit that removes a feature tells what the feature costs; the bundle need not still work.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const [textFile, editsFile] = process.argv.slice(2);
if (!textFile || !editsFile) {
  console.error('usage: node bench/scripts/size-experiments.mjs <bundle text> <edits.json>');
  process.exit(2);
}
const text = readFileSync(textFile, 'utf8');
const gzipOf = async (contents) => {
  const result = await build({ stdin: { contents, loader: 'js' }, bundle: true, write: false, minify: true, format: 'esm', treeShaking: true, legalComments: 'none', logLevel: 'silent' });
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length;
};
const base = await gzipOf(text);
console.log(`${'as it is'.padEnd(32)} ${base} B gzip`);
for (const [label, ...pairs] of JSON.parse(readFileSync(editsFile, 'utf8'))) {
  let edited = text;
  for (let i = 0; i < pairs.length; i += 2) {
    const pattern = new RegExp(pairs[i], 'ms');
    if (!pattern.test(edited)) console.log(`${label}: no match for ${pairs[i]}`);
    edited = edited.replace(pattern, pairs[i + 1]);
  }
  try {
    console.log(`${label.padEnd(32)} ${(await gzipOf(edited)) - base} B`);
  } catch (error) {
    console.log(`${label.padEnd(32)} does not bundle: ${String(error.message).split('\n')[0]}`);
  }
}
