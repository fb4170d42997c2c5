import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID, loadConfig } from './loadConfig.ts';

describe('loadConfig', () => {
  it('fills every list for an empty project', () => {
    const config = loadConfig();
    expect(config).toMatchObject({ projectId: DEFAULT_PROJECT_ID, databases: [], collections: [], buckets: [], functions: [], teams: [], topics: [] });
  });

  it('reads an appwrite.json file and remembers its folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aw-config-'));
    try {
      const file = join(dir, 'appwrite.json');
      writeFileSync(file, JSON.stringify({ projectId: 'shop', projectName: 'Shop', teams: [{ $id: 'staff', name: 'Staff' }], topics: [{ $id: 'deals', name: 'Deals' }] }));
      const config = loadConfig(file);
      expect(config.projectId).toBe('shop');
      expect(config.teams).toEqual([{ $id: 'staff', name: 'Staff' }]);
      expect(config.topics[0]?.$id).toBe('deals');
      expect(config.baseDir).toBe(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails loudly on a missing file', () => {
    expect(() => loadConfig('/nonexistent/appwrite.json')).toThrow(/ENOENT/);
  });
});
