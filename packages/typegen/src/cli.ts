#!/usr/bin/env node
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { AppwriteConfigError, formatProblem } from '@aw/appwrite-config';
import { runTypegen } from './typegen.ts';

const USAGE = `Usage: aw-typegen [appwrite.json] --out <file.ts|file.js> [--check]

Writes a TypeScript type and a valibot schema for every collection of an Appwrite CLI
appwrite.json. A .js/.mjs output also gets a .d.ts/.d.mts beside it.

  --out, -o   the module to write (required)
  --check     write nothing; exit 1 when the module is missing or out of date (for CI)
  --help, -h  show this help`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.out || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const input = positionals[0] ?? 'appwrite.json';
  const result = await runTypegen({ input, output: values.out, check: values.check });
  const shown = (path: string) => relative(process.cwd(), path) || path;
  for (const warning of result.warnings) console.error(`aw-typegen: warning: ${warning}`);
  if (values.check) {
    if (result.changed.length === 0) {
      console.log(`aw-typegen: ${result.files.map(shown).join(', ')} up to date with ${input}`);
      return 0;
    }
    console.error(`aw-typegen: out of date with ${input}: ${result.changed.map(shown).join(', ')}\nRun: aw-typegen ${input} --out ${values.out}`);
    return 1;
  }
  console.log(`aw-typegen: ${result.changed.length ? `wrote ${result.changed.map(shown).join(', ')}` : `${result.files.map(shown).join(', ')} already current`}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A config mistake prints one line per problem: file:line:column: what is wrong.
    const lines = error instanceof AppwriteConfigError ? error.problems.map(formatProblem) : [error instanceof Error ? error.message : String(error)];
    for (const line of lines) console.error(`aw-typegen: ${line}`);
    process.exitCode = 2;
  },
);
