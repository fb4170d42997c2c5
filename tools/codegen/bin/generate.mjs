#!/usr/bin/env node
// Regenerates every generated file from the pinned spec copies in tools/codegen/spec/.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedHeader } from '../src/header.mjs';
import { emitErrorTypes } from '../src/emitErrorTypes.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const specDir = join(root, 'tools/codegen/spec');
const errorsName = 'appwrite-1.5-error-types.json';
const errorsText = readFileSync(join(specDir, errorsName), 'utf8');

function write(relative, contents) {
  const file = join(root, relative);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, contents);
}

write('packages/core/src/generated/errorTypes.ts', emitErrorTypes(JSON.parse(errorsText), generatedHeader(errorsName, errorsText)));
