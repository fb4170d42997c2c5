import { describe, expect, it } from 'vitest';
import { readCliOptions } from './cliOptions.ts';

describe('readCliOptions', () => {
  it('reads repeated --origin flags into origins', () => {
    expect(readCliOptions(['--origin', 'https://a.example', '--origin', '*.b.example', '--no-rate-limits'])).toMatchObject({
      origins: ['https://a.example', '*.b.example'],
      rateLimits: false,
      port: 8787,
    });
    expect(readCliOptions([])).toMatchObject({ origins: [], rateLimits: true, host: '127.0.0.1' });
    expect(readCliOptions(['--help'])).toBe('help');
  });
});
