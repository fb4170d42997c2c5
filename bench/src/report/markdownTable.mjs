/**
 * Creates a Markdown table.
 *
 * @param header The column titles.
 * @param rows The rows, one string per cell.
 * @param align Per column, `'l'` or `'r'`; right-aligned by default except the first column.
 *
 * @returns The table text, one line per row.
 */
export function markdownTable(header, rows, align = header.map((_, i) => (i === 0 ? 'l' : 'r'))) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const rule = align.map((a) => (a === 'r' ? '---:' : ':---'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}
