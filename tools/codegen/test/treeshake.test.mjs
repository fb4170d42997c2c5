// Bundles one import from a built service package and checks the other operations are dropped:
// each generated module-level Operation must be removable when its function is unused.
import { build } from 'esbuild';
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
    expect(code).toContain('account.getCurrentUser');
    expect(code).not.toContain('account.updatePhone');
    expect(code).not.toContain('picklist');
  });

  it('keeps only the imported URL builder and its operation', async () => {
    const code = await bundle('storage', ['getFilePreviewImageUrl']);
    expect(code).toContain('storage.getFilePreviewImage');
    expect(code).not.toContain('storage.listFiles');
  });
});
