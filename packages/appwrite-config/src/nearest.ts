/**
 * Creates the closest of some words to a misspelt one, or nothing when none is close: a
 * case-insensitive match, a prefix (`int` → `integer`), or one or two typos (`emial` → `email`).
 *
 * @param word The word as written.
 * @param options The words that would be right.
 *
 * @returns The closest word, or undefined.
 */
export function nearest(word: string, options: readonly string[]): string | undefined {
  const typed = word.toLowerCase().slice(0, 64);
  if (!typed) return undefined;
  const same = options.find((option) => option.toLowerCase() === typed);
  if (same) return same;
  const prefix = options.find((option) => typed.length >= 3 && option.toLowerCase().startsWith(typed));
  if (prefix) return prefix;
  let best: string | undefined;
  let bestDistance = typed.length >= 5 ? 2 : 1;
  for (const option of options) {
    const distance = editDistance(typed, option.toLowerCase().slice(0, 64));
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}

// Edits (insert, delete, replace, swap two neighbours) that turn one word into another.
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...Array.from({ length: b.length }, (_, j) => (i === 0 ? j + 1 : 0))]);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}
