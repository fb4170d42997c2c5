// The typed-collections guide's main example, compiled: its blocks fenced `ts nocheck typegen`
// import `./generated/collections.ts`, which the docs-wide example check cannot resolve, so this
// test generates that module from the quickstart's appwrite.json and type-checks each block
// beside it, `@ts-expect-error` lines included.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFromText } from '../src/index.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// Inside the package, so `@aw/*` and valibot resolve from its own node_modules.
const dir = fileURLToPath(new URL('../node_modules/.cache/aw-typegen-guide/', import.meta.url));
afterAll(() => rm(dir, { recursive: true, force: true }));

function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ts nocheck typegen\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

describe('the typed-collections guide', () => {
  it('compiles its main example against the generated module', async () => {
    const markdown = await readFile(join(root, 'docs/guides/typed-collections.md'), 'utf8');
    const examples = blocks(markdown);
    expect(examples.length).toBeGreaterThan(0);
    const config = await readFile(join(root, 'examples/quickstart/appwrite.json'), 'utf8');
    await mkdir(join(dir, 'generated'), { recursive: true });
    await writeFile(join(dir, 'generated/collections.ts'), generateFromText(config, { source: 'appwrite.json', kind: 'ts' }).code);
    const files = await Promise.all(
      examples.map(async (code, index) => {
        const file = join(dir, `example${index + 1}.ts`);
        await writeFile(file, `${code}\nexport {};\n`);
        return file;
      }),
    );
    const base = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(base.config, ts.sys, root);
    const program = ts.createProgram(files, { ...options, noEmit: true, typeRoots: [join(root, 'node_modules/@types')] });
    const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
      return `${diagnostic.file?.fileName.slice(dir.length) ?? ''}:${where ? where.line + 1 : 0}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    expect(errors).toEqual([]);
    // A whole program check: slow on a busy machine.
  }, 180_000);
});
