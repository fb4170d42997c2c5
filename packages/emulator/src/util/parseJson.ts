import secureJson from 'secure-json-parse';

/**
 * How deep JSON from a client may nest. PHP's `json_decode`, which Appwrite reads bodies with,
 * stops at 512 levels; nothing an app sends legitimately comes close.
 */
export const MAX_JSON_DEPTH = 512;

/** Why client JSON was refused. */
export class JsonInputError extends Error {
  /** `syntax` for text that is no JSON, `depth` for nesting past the limit, `key` for a forbidden key. */
  readonly reason: 'syntax' | 'depth' | 'key';

  /**
   * Creates the error.
   *
   * @param reason Why the JSON was refused.
   * @param message What went wrong.
   */
  constructor(reason: 'syntax' | 'depth' | 'key', message: string) {
    super(message);
    this.name = 'JsonInputError';
    this.reason = reason;
  }
}

/**
 * Checks, without parsing, whether JSON text nests arrays and objects deeper than a limit.
 * Brackets inside strings do not count.
 *
 * @param text The JSON text.
 * @param maxDepth The deepest nesting allowed.
 *
 * @returns Whether the text nests deeper.
 */
export function nestsDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c) i++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return false;
}

/**
 * Parses JSON that came from a client: refuses nesting deeper than `maxDepth` before parsing,
 * and refuses `__proto__` keys and `constructor.prototype`, so parsed objects can be merged
 * and stored without touching any prototype.
 *
 * @param text The JSON text.
 * @param maxDepth The deepest nesting allowed (default {@link MAX_JSON_DEPTH}).
 *
 * @returns The parsed value.
 *
 * @throws {JsonInputError} When the text is no JSON, nests too deep or holds a forbidden key.
 */
export function parseClientJson(text: string, maxDepth: number = MAX_JSON_DEPTH): unknown {
  if (nestsDeeperThan(text, maxDepth)) throw new JsonInputError('depth', `JSON may nest at most ${maxDepth} levels deep.`);
  try {
    return secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    const forbidden = error instanceof SyntaxError && /forbidden/i.test(error.message);
    throw new JsonInputError(forbidden ? 'key' : 'syntax', forbidden ? 'JSON keys may not be `__proto__` or `constructor.prototype`.' : 'The text is not valid JSON.');
  }
}
