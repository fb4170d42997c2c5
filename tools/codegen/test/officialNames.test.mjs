import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officialNames } from '../src/docs/officialNames.mjs';
import { aliases, operationDocs } from '../src/docs/operationDocs.mjs';

describe('official SDK names', () => {
  it('names the official counterpart of every operation and alias', () => {
    const missing = [...Object.keys(operationDocs), ...Object.keys(aliases)].filter((name) => !officialNames[name]);
    expect(missing).toEqual([]);
  });

  it('ends every summary with the official name', () => {
    expect(operationDocs.listUserDocuments.summary).toMatch(/ Official SDK: `databases\.listDocuments`\.$/);
    expect(aliases.listTeams.summary).toMatch(/ Official SDK: `teams\.list`\.$/);
    expect(operationDocs.getPrefs.summary).toMatch(/ Official SDK: `account\.getPrefs` or `teams\.getPrefs`\.$/);
  });

  it('agrees with the migration guide’s table', () => {
    const guide = readFileSync(new URL('../../../docs/guides/migration.md', import.meta.url), 'utf8');
    for (const [name, official] of Object.entries(officialNames)) {
      for (const method of official.split(' or ')) expect(guide, `${name} ↔ ${method}`).toMatch(new RegExp(`\`${name}\`[^\\n]*\\| \`${method.replace('.', '\\.')}\` \\|`));
    }
  });
});
