import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ES_GLOBAL_NAMES } from '../src/index.ts';

// The reserved list is written out so typegen needs no TypeScript at run time; this keeps it
// honest against the TypeScript in use: every global its ES libraries declare is on the list.
const ts = createRequire(import.meta.url)('typescript') as typeof import('typescript');

describe('ES_GLOBAL_NAMES', () => {
  it('covers every capitalised global of lib.esnext', () => {
    const host = ts.createCompilerHost({});
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (file, language) => (file === '/probe.ts' ? ts.createSourceFile(file, 'export {};', language) : read(file, language));
    const exists = host.fileExists.bind(host);
    host.fileExists = (file) => file === '/probe.ts' || exists(file);
    const program = ts.createProgram(['/probe.ts'], { lib: ['lib.esnext.d.ts'], noEmit: true, types: [] }, host);
    const globals = program
      .getTypeChecker()
      .getSymbolsInScope(program.getSourceFile('/probe.ts')!, ts.SymbolFlags.Type | ts.SymbolFlags.Value | ts.SymbolFlags.Namespace)
      .map((symbol) => symbol.name)
      .filter((name) => /^[A-Z]/.test(name));
    expect(globals.length).toBeGreaterThan(150);
    expect(globals.filter((name) => !ES_GLOBAL_NAMES.has(name))).toEqual([]);
  });
});
