import { describe, expect, it } from 'vitest';
import { eventNames } from './eventNames.ts';

describe('eventNames', () => {
  it('expands ids to wildcards and parents', () => {
    const names = eventNames([['buckets', 'b'], ['files', 'f']], 'create');
    expect(names[0]).toBe('buckets.b.files.f.create');
    expect(names).toContain('buckets.*.files.*.create');
    expect(names).toContain('buckets.b.files.*.create');
    expect(names).toContain('buckets.b.files.f');
    expect(names).toContain('buckets.*');
    expect(names.at(-1)).toBe('buckets.*');
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(4 + 4 + 2);
  });
});
