import { AwValidationError } from '../errors/errors.ts';

/**
 * Fills `{name}` placeholders with URI-encoded values from params. The generator references it
 * only from operations whose path has placeholders.
 *
 * Values that are empty, or are whole `.`/`..` segments, are refused: URL normalisation
 * would otherwise turn `/teams/..` into another route. Every other character, `/` included,
 * is percent-encoded, so a value always stays one path segment.
 *
 * @param template The path with placeholders.
 * @param params The params holding the values.
 * @param operation The operation's label (method and path), for the error message.
 *
 * @returns The encoded path, and the params with the ones it used set to `undefined`.
 *
 * @throws {AwValidationError} When a value is missing, empty, `.` or `..`.
 *
 * @internal
 */
export function _encodePath(
  template: string,
  params: Readonly<Record<string, unknown>>,
  operation: string = 'request',
): [string, Record<string, unknown>] {
  const rest: Record<string, unknown> = { ...params };
  let path = '';
  let from = 0;
  // A plain scan, not `replace` with a callback: this runs on every call of most operations.
  for (let open = template.indexOf('{'); open !== -1; open = template.indexOf('{', from)) {
    const close = template.indexOf('}', open);
    const key = template.slice(open + 1, close);
    path += template.slice(from, open) + _segment(params[key], key, operation);
    rest[key] = undefined;
    from = close + 1;
  }
  return [path + template.slice(from), rest];
}

function _segment(value: unknown, key: string, operation: string): string {
  const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  try {
    // encodeURIComponent throws on a lone UTF-16 surrogate, which no valid ID contains.
    if (text !== '.' && text !== '..' && text) return encodeURIComponent(text);
  } catch {
    // refused below
  }
  const received = typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : typeof value;
  const message = `Invalid path segment: Expected a non-empty, well-formed string other than "." and ".." but received ${received}`;
  throw new AwValidationError(operation, 'params', [{ kind: 'validation', type: 'check', expected: 'a path segment', received, message, path: [{ key }] } as never]);
}
