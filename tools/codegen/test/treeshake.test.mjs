// Bundles one import from a built service package and checks the other operations are dropped:
// each generated module-level Operation must be removable when its function is unused.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packages = join(dirname(fileURLToPath(import.meta.url)), '../../../packages');

async function bundle(service, imports) {
  const result = await build({
    stdin: { contents: `export { ${imports.join(', ')} } from './dist/index.js';`, resolveDir: join(packages, service), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    // Kept external so that only this package's own code is measured.
    external: ['@aw/core', '@aw/core/internal', '@aw/models', 'valibot'],
  });
  return result.outputFiles[0].text;
}

describe('tree-shaking', () => {
  it('keeps only the imported account operation', async () => {
    const code = await bundle('account', ['getCurrentUser']);
    expect(code).toContain('"/account"');
    expect(code).not.toContain('"/account/phone"');
    expect(code).not.toContain('picklist');
  });

  it('keeps only the imported URL builder and its operation', async () => {
    const code = await bundle('storage', ['getFilePreviewImageUrl']);
    expect(code).toContain('/storage/buckets/{bucketId}/files/{fileId}/preview');
    expect(code).not.toContain('"/storage/buckets/{bucketId}/files"');
  });

  it('leaves a long enum and its values out of a bundle that uses neither', async () => {
    const code = await bundle('avatars', ['getFavicon']);
    expect(code).not.toContain('Afghanistan');
    expect(code).not.toMatch(/\baf ao\b/);
  });

  it('keeps the values of a long enum but not its member names when only the operation is imported', async () => {
    const code = await bundle('avatars', ['getCountryFlagByCode']);
    expect(code).toMatch(/\baf ao\b/);
    expect(code).not.toContain('Afghanistan');
    expect(code).not.toContain('"/avatars/browsers/{code}"');
  });

  it('makes each operation reference only the core helpers it uses', () => {
    // The generated source decides: a helper an operation does not import cannot reach its bundle.
    const source = (service, name) => readFileSync(join(packages, service, 'src/generated', `${name}.ts`), 'utf8');
    const imported = (text) => /import \{([^}]*)\} from '@aw\/core\/internal'/.exec(text)[1];
    for (const name of ['getCurrentUser', 'createEmailPasswordSession']) {
      for (const helper of ['_encodePath', '_flattenParams', '_formBody', '_validateDocuments', 'upload']) expect(imported(source('account', name))).not.toMatch(new RegExp(`\\b${helper}\\b`));
    }
    expect(imported(source('databases', 'listUserDocuments'))).toMatch(/_encodePath.*_flattenParams.*_validateDocuments/);
    expect(imported(source('account', 'getSession'))).toMatch(/_encodePath/);
    expect(imported(source('account', 'getSession'))).not.toMatch(/_flattenParams/);
    expect(imported(source('storage', 'createFile'))).toMatch(/_encodePath.*_formBody/);
  });
});
