import { describe, expect, it } from 'vitest';
import { sizeChart } from './sizeChart.mjs';

describe('sizeChart', () => {
  const series = [
    { id: 'ours', label: 'ours <a&b>', points: [{ count: 0, gzip: 500 }, { count: 10, gzip: 8000 }] },
    { id: 'official-v15', label: 'official', points: [{ count: 0, gzip: 5500 }, { count: 10, gzip: 9500 }] },
  ];

  it('draws one line per series, scaled to the largest value', () => {
    const svg = sizeChart(series, 10);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(2);
    // 9.5 kB rounds the axis up to 10 kB, so a 10 kB grid label exists and no 15 kB one.
    expect(svg).toContain('>10</text>');
    expect(svg).not.toContain('>15</text>');
  });

  it('escapes labels', () => {
    const svg = sizeChart(series, 10);
    expect(svg).toContain('ours &#60;a&#38;b&#62;');
    expect(svg).not.toContain('<a&b>');
  });
});
