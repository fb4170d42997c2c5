/** Line colours per SDK id; anything else falls back to grey. */
const colours = { ours: '#1f77b4', 'official-v15': '#d62728', 'official-latest': '#ff7f0e' };

const escapeXml = (text) => String(text).replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Creates an SVG line chart of gzip bundle size against the number of endpoints imported.
 *
 * @param series One entry per SDK: `{ id, label, points: [{ count, gzip }] }`.
 * @param total The largest endpoint count (the x axis ends there).
 *
 * @returns The SVG document as a string.
 */
export function sizeChart(series, total) {
  const width = 720;
  const height = 420;
  const left = 60;
  const right = 190;
  const top = 40;
  const bottom = 50;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const maxKb = Math.max(5, ...series.flatMap((s) => s.points.map((p) => p.gzip / 1000)));
  const yMax = Math.ceil(maxKb / 5) * 5;
  const x = (count) => left + (count / total) * plotWidth;
  const y = (kb) => top + plotHeight - (kb / yMax) * plotHeight;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2 - right / 2}" y="22" text-anchor="middle" font-size="15">Bundle size (gzip -9) vs endpoints imported</text>`,
  ];
  for (let kb = 0; kb <= yMax; kb += 5) {
    parts.push(`<line x1="${left}" x2="${left + plotWidth}" y1="${y(kb)}" y2="${y(kb)}" stroke="#ddd"/>`);
    parts.push(`<text x="${left - 8}" y="${y(kb) + 4}" text-anchor="end">${kb}</text>`);
  }
  for (let count = 0; count <= total; count += 10) {
    parts.push(`<line x1="${x(count)}" x2="${x(count)}" y1="${top + plotHeight}" y2="${top + plotHeight + 5}" stroke="#333"/>`);
    parts.push(`<text x="${x(count)}" y="${top + plotHeight + 18}" text-anchor="middle">${count}</text>`);
  }
  parts.push(`<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotHeight}" stroke="#333"/>`);
  parts.push(`<line x1="${left}" x2="${left + plotWidth}" y1="${top + plotHeight}" y2="${top + plotHeight}" stroke="#333"/>`);
  parts.push(`<text x="${left + plotWidth / 2}" y="${height - 12}" text-anchor="middle">endpoints imported (typical app first, then spec order)</text>`);
  parts.push(`<text transform="translate(16 ${top + plotHeight / 2}) rotate(-90)" text-anchor="middle">kB (1 kB = 1000 B)</text>`);
  series.forEach((s, index) => {
    const colour = colours[s.id] ?? '#777';
    const path = s.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.count).toFixed(1)},${y(p.gzip / 1000).toFixed(1)}`).join(' ');
    parts.push(`<path d="${path}" fill="none" stroke="${colour}" stroke-width="2"/>`);
    const legendY = top + 10 + index * 22;
    parts.push(`<line x1="${width - right + 15}" x2="${width - right + 40}" y1="${legendY}" y2="${legendY}" stroke="${colour}" stroke-width="3"/>`);
    parts.push(`<text x="${width - right + 46}" y="${legendY + 4}">${escapeXml(s.label)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
