import { describe, expect, it } from 'vitest';
import { spliceSections } from './spliceSections.mjs';

describe('spliceSections', () => {
  const doc = '# Title\n\nintro\n\n## 1. A\n\nold a\n\n## 2. B\n\nold b\n';

  it('replaces the section with the same heading and keeps the rest', () => {
    const out = spliceSections(doc, ['## 1. A\n\nnew a\n']);
    expect(out).toContain('new a');
    expect(out).not.toContain('old a');
    expect(out).toContain('old b');
    expect(out.startsWith('# Title\n\nintro\n')).toBe(true);
  });

  it('appends a section that was not there', () => {
    expect(spliceSections(doc, ['## 3. C\n\nc\n'])).toMatch(/old b\n\n## 3\. C\n\nc\n$/);
  });
});
