// Derives valibot validation and TypeScript types for one operation param from the spec's facts:
// its name, type, format, enum and the limits stated in its description.
import { quote } from './names.mjs';

/** Appwrite's ID rule: letters, digits, period, hyphen, underscore; no leading special char; 36 chars at most. */
export const ID_PATTERN = '^[a-zA-Z0-9][a-zA-Z0-9._-]{0,35}$';
/** The same rule, also accepting the `unique()` placeholder that asks the server to pick an ID. */
export const CUSTOM_ID_PATTERN = '^(?:unique\\(\\)|[a-zA-Z0-9][a-zA-Z0-9._-]{0,35})$';
/** E.164 phone numbers: a plus sign, then up to 15 digits not starting with 0. */
export const PHONE_PATTERN = '^\\+[1-9]\\d{1,14}$';
/** Hex colours without `#`, as Appwrite's image endpoints read them. */
export const HEX_COLOR_PATTERN = '^(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$';
/**
 * Any non-null object, whatever its keys. `v.object({})` accepts exactly what
 * `v.record(v.string(), v.unknown())` accepts, with the same message ("Expected Object"), and
 * only the params' validity is used (the params sent are the caller's own object), so the
 * object schema every operation already needs stands in for `record` and `unknown`, which a
 * bundle then carries only where a rule reads the entries (headers, prefs).
 */
export const ANY_OBJECT_SCHEMA = 'v.object({})';
/** Appwrite keeps preferences up to this many bytes of JSON. */
export const PREFS_MAX_BYTES = 65535;

/**
 * @typedef {object} ParamRule
 * @property {string} schema The valibot expression for a present value (without `v.optional`).
 * @property {string} type The TypeScript type.
 * @property {string[]} notes Human-readable rules, appended to the param's JSDoc.
 * @property {{ name: string, values: string[], keys: string[] } | undefined} enumType An enum the type refers to.
 * @property {string} kind The rule kind, used to pick samples and bad values in tests.
 * @property {Record<string, number>} limits Numeric limits (min, max, maxLength, maxItems, itemMaxLength).
 */

/**
 * Derives the validation rule of one param.
 *
 * @param {{ name: string, description?: string, schema: any }} param The normalized param.
 * @returns {ParamRule} The rule.
 */
export function paramRule(param) {
  const { name, schema } = param;
  const description = param.description ?? '';
  /** @type {string[]} */
  const pipe = [];
  /** @type {string[]} */
  const notes = [];
  /** @type {Record<string, number>} */
  const limits = {};

  if (schema.override) return schema.override;

  if (Array.isArray(schema.enum)) {
    const enumName = schema['x-enum-name'] ?? `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
    const keys = Array.isArray(schema['x-enum-keys']) && schema['x-enum-keys'].length === schema.enum.length ? schema['x-enum-keys'] : schema.enum;
    return {
      schema: `v.picklist([${schema.enum.map((value) => `'${value}'`).join(', ')}])`,
      type: enumName,
      notes: [`One of the \`${enumName}\` values.`],
      enumType: { name: enumName, values: schema.enum, keys },
      kind: 'enum',
      limits,
    };
  }

  switch (schema.type) {
    case 'boolean':
      return { schema: 'v.boolean()', type: 'boolean', notes, enumType: undefined, kind: 'boolean', limits };
    case 'integer':
    case 'number': {
      pipe.push('v.number()');
      if (schema.type === 'integer') pipe.push('v.integer()');
      const range = /between (-?\d+(?:\.\d+)?) (?:to|and) (-?\d+(?:\.\d+)?)/i.exec(description);
      if (range) {
        limits.min = Number(range[1]);
        limits.max = Number(range[2]);
        pipe.push(`v.minValue(${limits.min})`, `v.maxValue(${limits.max})`);
        notes.push(`${schema.type === 'integer' ? 'An integer' : 'A number'} from ${limits.min} to ${limits.max}.`);
      } else if (schema.type === 'integer') {
        notes.push('An integer.');
      }
      return { schema: wrap(pipe), type: 'number', notes, enumType: undefined, kind: schema.type, limits };
    }
    case 'array': {
      const counts = /Maximum of (\d+) \w+ (?:are|is) allowed, each (\d+) characters? long/i.exec(description);
      // Appwrite applies the same query limits everywhere, even where a description leaves them out.
      const maxItems = counts ? Number(counts[1]) : name === 'queries' ? 100 : undefined;
      const itemMaxLength = counts ? Number(counts[2]) : name === 'queries' ? 4096 : undefined;
      const item = itemMaxLength ? `v.pipe(v.string(), v.maxLength(${itemMaxLength}))` : 'v.string()';
      pipe.push(`v.array(${item})`);
      if (maxItems) {
        limits.maxItems = maxItems;
        pipe.push(`v.maxLength(${maxItems})`);
      }
      if (itemMaxLength) limits.itemMaxLength = itemMaxLength;
      if (maxItems) notes.push(`At most ${maxItems} items${itemMaxLength ? `, each at most ${itemMaxLength} characters` : ''}.`);
      return { schema: wrap(pipe), type: 'readonly string[]', notes, enumType: undefined, kind: 'array', limits };
    }
    case 'object': {
      if (name === 'headers') {
        return { schema: 'v.record(v.string(), v.string())', type: 'Readonly<Record<string, string>>', notes, enumType: undefined, kind: 'headers', limits };
      }
      // The prefs rule measures the entries, so it keeps `record`, whose output is a copy of them.
      pipe.push(name === 'prefs' ? 'v.record(v.string(), v.unknown())' : ANY_OBJECT_SCHEMA);
      if (name === 'prefs') {
        limits.maxBytes = PREFS_MAX_BYTES;
        pipe.push(
          `v.check((value) => new TextEncoder().encode(JSON.stringify(value)).byteLength <= ${PREFS_MAX_BYTES}, 'must be at most ${PREFS_MAX_BYTES} bytes as JSON')`,
        );
        notes.push(`At most ${PREFS_MAX_BYTES} bytes once serialized as JSON.`);
      }
      return { schema: wrap(pipe), type: 'Readonly<Record<string, unknown>>', notes, enumType: undefined, kind: name === 'prefs' ? 'prefs' : 'object', limits };
    }
    default:
      break;
  }

  // Strings.
  pipe.push('v.string()');
  let kind = 'string';
  if (name === 'file') {
    // core's `upload` turns bytes and streams into a File before the params are checked.
    return { schema: 'v.instance(Blob)', type: 'UploadInput', notes, enumType: undefined, kind: 'file', limits };
  }
  if (/Id$/.test(name)) {
    const custom = /ID\.unique\(\)|Choose a custom/.test(description);
    kind = custom ? 'customId' : 'id';
    const message = `must be 1-36 letters, digits, ".", "-" or "_", not starting with a special character${custom ? ', or "unique()"' : ''}`;
    pipe.push(`v.regex(/${custom ? CUSTOM_ID_PATTERN : ID_PATTERN}/, ${quote(message)})`);
    notes.push('1 to 36 characters: letters, digits, `.`, `-` and `_`, not starting with `.`, `-` or `_`.');
    if (custom) notes.push('`ID.unique()` (the string `unique()`) asks the server to generate one.');
  } else if (name === 'email') {
    kind = 'email';
    pipe.push('v.email()');
    notes.push('A valid email address.');
  } else if (name === 'password' || name === 'oldPassword') {
    kind = 'password';
    limits.minLength = 8;
    limits.maxLength = 256;
    pipe.push('v.minLength(8)', 'v.maxLength(256)');
    notes.push('8 to 256 characters.');
  } else if (schema.format === 'url' || name === 'url' || name === 'success' || name === 'failure') {
    kind = 'url';
    pipe.push('v.url()');
    notes.push('An absolute URL.');
  } else if (name === 'phone') {
    kind = 'phone';
    pipe.push(`v.regex(/${PHONE_PATTERN}/, 'must be "+" followed by at most 15 digits')`);
    notes.push('`+` followed by the country code and number, at most 15 digits.');
  } else if (/HEX color/i.test(description) || name === 'background') {
    kind = 'hexColor';
    pipe.push(`v.regex(/${HEX_COLOR_PATTERN}/, 'must be 3 or 6 hex digits without "#"')`);
  }
  const maxLength = /Max length:? (?:is )?(\d+)/i.exec(description);
  if (maxLength && kind === 'string') {
    kind = 'maxLength';
    limits.maxLength = Number(maxLength[1]);
    pipe.push(`v.maxLength(${limits.maxLength})`);
    notes.push(`At most ${limits.maxLength} characters.`);
  }
  return { schema: wrap(pipe), type: 'string', notes, enumType: undefined, kind, limits };
}

/**
 * Joins validation steps into one valibot expression.
 *
 * @param {string[]} pipe The schema and its actions.
 * @returns {string} The expression.
 */
function wrap(pipe) {
  return pipe.length === 1 ? pipe[0] : `v.pipe(${pipe.join(', ')})`;
}
