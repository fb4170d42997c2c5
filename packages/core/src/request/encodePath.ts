/**
 * Fills `{name}` placeholders with URI-encoded values from params.
 *
 * Values that are empty, or are whole `.`/`..` segments, are refused: URL normalisation
 * would otherwise turn `/teams/..` into another route.
 *
 * @param template The path with placeholders.
 * @param params The params holding the values.
 *
 * @returns The encoded path and the names it consumed.
 *
 * @internal
 */
export function _encodePath(
  template: string,
  params: Readonly<Record<string, unknown>>,
): { path: string; used: Set<string> } {
  const used = new Set<string>();
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    used.add(name);
    const value = params[name];
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new TypeError(`path parameter "${name}" must be a string, got ${value === null ? 'null' : typeof value}`);
    }
    const text = String(value);
    if (text === '' || text === '.' || text === '..') {
      throw new TypeError(`path parameter "${name}" must not be "${text}"`);
    }
    return encodeURIComponent(text);
  });
  return { path, used };
}
