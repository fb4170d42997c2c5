#!/usr/bin/env node
// Installs the packed tarballs (.release/, from `pnpm release:pack`) into an empty temp project
// with plain npm, type-checks a consumer with skipLibCheck off under moduleResolution bundler
// and node16, then runs it: the ESM app (emulator + every service) and a CommonJS file.
//
// Usage: node scripts/consumer-check.mjs [--release .release] [--keep]
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareConsumer, root, sh } from './lib/consumer-project.mjs';

const { values: args } = parseArgs({ options: { release: { type: 'string', default: '.release' }, keep: { type: 'boolean', default: false } } });
const { dir } = prepareConsumer({ release: resolve(root, args.release) });
try {
  for (const file of ['dist/consumer.js', 'dist/consumer-cjs.cjs']) {
    const output = sh(process.execPath, [join(dir, file)], dir).trim().split('\n').at(-1);
    console.log(`consumer: node ${file} -> ${output}`);
  }
  console.log('consumer check passed');
} finally {
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}
