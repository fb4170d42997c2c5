#!/usr/bin/env node
// Checks the links in the READMEs npm shows (packages/*/README.md) and the root README:
// package READMEs may only use absolute links (npm renders them outside this repo), and every
// link into the docs site (DOCS_BASE) must name a page the built site (docs/site) has; so must
// every public package's `homepage`.
// Run after `pnpm run docs`. Prints each bad link with its file and line; exits 1 if any.
//
// Usage: node scripts/readme-links.mjs [--site docs/site]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Where the reference site is published: the one base every README links to. */
export const DOCS_BASE = 'https://aw-sdk.github.io/aw-sdk/';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({ options: { site: { type: 'string', default: 'docs/site' } } });
const site = resolve(root, args.site);
const files = [
  'README.md',
  ...readdirSync(join(root, 'packages'))
    .map((name) => join('packages', name, 'README.md'))
    .filter((file) => existsSync(join(root, file))),
];
const problems = [];
let checked = 0;
for (const file of files) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  let fenced = false;
  lines.forEach((line, index) => {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced) return;
    for (const match of line.matchAll(/\]\(([^)\s]+)\)/g)) {
      const href = match[1];
      checked += 1;
      const where = `${file}:${index + 1}: ${href}`;
      if (href.startsWith('#')) continue;
      if (!/^https?:\/\//.test(href)) {
        if (file !== 'README.md') problems.push(`${where} is relative; npm shows this README outside the repo, use ${DOCS_BASE}…`);
        else if (!existsSync(join(root, href.split('#')[0]))) problems.push(`${where} points at a missing file`);
        continue;
      }
      if (href.startsWith(DOCS_BASE)) {
        const page = href.slice(DOCS_BASE.length).split('#')[0] || 'index.html';
        if (!existsSync(join(site, page))) problems.push(`${where}: the docs site has no ${page}`);
      }
    }
  });
}
// package.json `homepage` is the link npm shows beside the README.
for (const name of readdirSync(join(root, 'packages'))) {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  checked += 1;
  const page = manifest.homepage?.startsWith(DOCS_BASE) ? manifest.homepage.slice(DOCS_BASE.length) : undefined;
  if (!page || !existsSync(join(site, page))) problems.push(`packages/${name}/package.json: homepage ${manifest.homepage} is not a page of ${DOCS_BASE}`);
}
console.log(`README links: ${checked} checked in ${files.length} files, ${problems.length} broken`);
for (const problem of problems) console.log(`  ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
