/**
 * Creates every event name Appwrite emits for one action: the exact name, each mix of IDs and
 * `*` wildcards, the names without the action, and the shorter parent names, so that
 * subscribers filtering on any of them match.
 *
 * @param levels The resource path as [collection name, id] pairs, e.g. [['buckets','b1'],['files','f1']].
 * @param action The action, e.g. `create`, `update`, `delete`.
 *
 * @returns The event names, most specific first.
 */
export function eventNames(levels: ReadonlyArray<readonly [string, string]>, action: string): string[] {
  const names: string[] = [];
  const push = (name: string) => {
    if (!names.includes(name)) names.push(name);
  };
  for (let depth = levels.length; depth >= 1; depth--) {
    const combos = 1 << depth;
    const paths: string[] = [];
    for (let mask = 0; mask < combos; mask++) {
      paths.push(
        levels
          .slice(0, depth)
          .map(([name, id], index) => `${name}.${mask & (1 << (depth - 1 - index)) ? '*' : id}`)
          .join('.'),
      );
    }
    if (depth === levels.length) for (const path of paths) push(`${path}.${action}`);
    for (const path of paths) push(path);
  }
  return names;
}
