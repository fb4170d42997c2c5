import { describe, expect, it } from 'vitest';
import { goalsSection } from './goalsSection.mjs';

const MiB = 1024 * 1024;

describe('goalsSection', () => {
  it('judges each goal from the measured numbers', () => {
    const overhead = {
      summary: {
        get: { fetch: { median: 1 }, ours: { median: 1.04 }, 'official-v15': { median: 1.1 } },
        list: { fetch: { median: 1 }, ours: { median: 1.2 }, 'official-v15': { median: 1.1 } },
        login: { fetch: { median: 1 }, ours: { median: 1.05 }, 'official-v15': { median: 1.1 } },
      },
      cpu: {
        get: { ours: { cpuMicros: 17, overCpu: 7 } },
        list: { ours: { cpuMicros: 31, overCpu: 21 } },
      },
    };
    const uploads = {
      sizes: { memory: 64 * MiB, disk: 2 ** 30 },
      results: {
        'memory:fetch': { mbPerSecond: 100 },
        'memory:ours': { mbPerSecond: 110 },
        'disk:fetch': { mbPerSecond: 100 },
        'disk:ours-node': { mbPerSecond: 90, peakRss: 150 * MiB, baselineRss: 100 * MiB },
      },
    };
    const lines = goalsSection(overhead, uploads).split('\n');
    const row = (start: string) => lines.find((line) => line.startsWith(`| ${start}`)) ?? '';
    expect(row('request overhead, get')).toContain('1.04×');
    expect(row('request overhead, get')).toMatch(/\| met \|$/);
    expect(row('request overhead, list')).toContain('**missed**');
    expect(row('request overhead, login')).toMatch(/\| met \|$/);
    expect(row('SDK CPU per call over the floor, get')).toContain('7.0 µs | met');
    expect(row('SDK CPU per call over the floor, list')).toContain('21.0 µs | **missed**');
    expect(row('upload 64 MiB in memory')).toContain('met');
    expect(row('upload 1 GiB from disk')).toContain('**missed**');
    expect(row('1 GiB upload from disk: peak RSS')).toContain('50.0 MiB | met');
  });

  it('says n/a for parts that did not run', () => {
    expect(goalsSection(undefined, undefined)).not.toContain('met');
  });
});
