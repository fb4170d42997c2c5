import { AwValidationError } from '../errors/AwValidationError.ts';
import { _inputIssue } from './inputIssue.ts';

/**
 * Fills `{name}` placeholders with URI-encoded values from params.
 *
 * Values that are empty, or are whole `.`/`..` segments, are refused: URL normalisation
 * would otherwise turn `/teams/..` into another route. Every other character, `/` included,
 * is percent-encoded, so a value always stays one path segment.
 *
 * @param template The path with placeholders.
 * @param params The params holding the values.
 * @param operation The operation name, for the error message.
 *
 * @returns The encoded path and the names it consumed.
 *
 * @throws {AwValidationError} When a value is missing, empty, `.` or `..`.
 *
 * @internal
 */
export function _encodePath(
  template: string,
  params: Readonly<Record<string, unknown>>,
  operation: string = 'request',
): { path: string; used: Set<string> } {
  const used = new Set<string>();
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    used.add(name);
    const value = params[name];
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    const encoded = text === undefined || text === '' || text === '.' || text === '..' ? undefined : _tryEncode(text);
    if (encoded === undefined) {
      const issue = _inputIssue(
        name,
        'a non-empty, well-formed path segment other than "." and ".."',
        `Invalid path segment: Expected a non-empty, well-formed string other than "." and ".." but received ${text === undefined ? (value === null ? 'null' : typeof value) : JSON.stringify(text)}`,
        value,
      );
      throw new AwValidationError(operation, 'params', [issue]);
    }
    return encoded;
  });
  return { path, used };
}

// encodeURIComponent throws on a lone UTF-16 surrogate, which no valid ID contains.
function _tryEncode(text: string): string | undefined {
  try {
    return encodeURIComponent(text);
  } catch {
    return undefined;
  }
}
