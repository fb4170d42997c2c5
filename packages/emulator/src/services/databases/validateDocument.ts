import { isIP } from 'node:net';
import { fail } from '../../errors/AppwriteException.ts';
import type { AttributeConfig } from './types.ts';

// Appwrite keeps datetimes in UTC with milliseconds and an explicit offset.
/**
 * Creates Appwrite's datetime form (`2020-10-15T06:38:00.000+00:00`) from any parseable date.
 *
 * @param value A date string or Date.
 *
 * @returns The normalized string, or undefined when the value is no date.
 */
export function toAppwriteDate(value: string | Date): string | undefined {
  const date = value instanceof Date ? value : (parseZoned(value) ?? new Date(value));
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace('Z', '+00:00');
}

/**
 * Reads a local date-time followed by an IANA zone name (`1975-06-12 14:12:55 America/New_York`),
 * a form PHP's DateTime (and so Appwrite) accepts.
 *
 * @param value The text.
 *
 * @returns The instant, or undefined when the text has no zone name.
 */
function parseZoned(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?\s+([A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+)$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, sec = '0', frac = '0', zone] = match;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), Number(frac.padEnd(3, '0').slice(0, 3)));
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  } catch {
    return undefined;
  }
  // The zone's offset at that moment: format the guess in the zone and compare (twice, for DST edges).
  const offsetAt = (instant: number): number => {
    const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second)) - Math.floor(instant / 1000) * 1000;
  };
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first));
}

const EMAIL = /^[^\s@"]+@[^\s@]+\.[^\s@]+$/;

function invalid(message: string): never {
  return fail('document_invalid_structure', `Invalid document structure: ${message}`);
}

// PHP's integer bounds, the defaults Appwrite gives an integer attribute without min or max.
const PHP_INT_MIN = -(2n ** 63n);
const PHP_INT_MAX = 2n ** 63n - 1n;
const INT32_MAX = 2147483647;

/**
 * Formats a bound the way PHP's `number_format` does with no decimals: rounded half away from
 * zero, thousands separated by commas (`-9,223,372,036,854,775,808`).
 *
 * @param value The number.
 *
 * @returns The text.
 */
function numberFormat(value: number | bigint): string {
  const whole = typeof value === 'bigint' ? value : BigInt(Math.sign(value) * Math.round(Math.abs(value)));
  const digits = (whole < 0n ? -whole : whole).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return whole < 0n ? `-${digits}` : digits;
}

/**
 * Describes a range the way Appwrite's range validator does.
 *
 * @param min The lower bound.
 * @param max The upper bound.
 *
 * @returns The description.
 */
function rangeText(min: number | bigint, max: number | bigint): string {
  return `Value must be a valid range between ${numberFormat(min)} and ${numberFormat(max)}`;
}

/**
 * Explains why a value breaks an attribute's rules, in Appwrite 1.5's words: the checks run in
 * the order its structure validator runs them (type, storage range, then the attribute's format),
 * and the first that fails is described. Integer and float attributes always carry a range
 * format in Appwrite, so their label is `format`, as for email, enum, ip and url strings.
 *
 * @param attribute The attribute.
 * @param value The offending value.
 *
 * @returns `has invalid <label>. <description>`.
 */
function describeInvalid(attribute: AttributeConfig, value: unknown): string {
  const numeric = attribute.type === 'integer' || attribute.type === 'double' || attribute.type === 'float';
  const label = attribute.format || numeric ? 'format' : 'type';
  return `has invalid ${label}. ${firstFailure(attribute, value)}`;
}

function firstFailure(attribute: AttributeConfig, value: unknown): string {
  switch (attribute.type) {
    case 'string': {
      const size = attribute.size ?? 0;
      if (typeof value !== 'string' || value.length > size) return `Value must be a valid string${size ? ` and no longer than ${size} chars` : ''}`;
      switch (attribute.format) {
        case 'email':
          return 'Value must be a valid email address';
        case 'enum':
          return `Value must be one of (${(attribute.elements ?? []).join(', ')})`;
        case 'ip':
          return 'Value must be a valid IP address';
        case 'url':
          return 'Value must be a valid URL';
        default:
          return 'Value must be a valid string';
      }
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) return 'Value must be a valid integer';
      const max = attribute.max ?? PHP_INT_MAX;
      // Appwrite stores an integer in 32 bits unless its maximum needs 64.
      const storageMax = Number(max) > INT32_MAX ? PHP_INT_MAX : BigInt(INT32_MAX);
      if (Math.abs(value) > Number(storageMax)) return rangeText(-storageMax, storageMax);
      return rangeText(attribute.min ?? PHP_INT_MIN, max);
    }
    case 'double':
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'Value must be a valid float';
      return rangeText(attribute.min ?? -BigInt(Number.MAX_VALUE), attribute.max ?? BigInt(Number.MAX_VALUE));
    case 'boolean':
      return 'Value must be a valid boolean';
    case 'datetime':
      return 'Value must be valid date.';
    default:
      return `Value must be a valid ${attribute.type}`;
  }
}

// Returns the stored form of one scalar, or undefined when it breaks the rule.
function checkScalar(attribute: AttributeConfig, value: unknown): unknown {
  const inRange = (n: number) => (attribute.min === undefined || n >= attribute.min) && (attribute.max === undefined || n <= attribute.max);
  switch (attribute.type) {
    case 'string': {
      if (typeof value !== 'string') return undefined;
      if (attribute.size !== undefined && value.length > attribute.size) return undefined;
      switch (attribute.format) {
        case 'email':
          return EMAIL.test(value) ? value : undefined;
        case 'enum':
          return (attribute.elements ?? []).includes(value) ? value : undefined;
        case 'ip':
          return isIP(value) ? value : undefined;
        case 'url':
          try {
            const url = new URL(value);
            return url.protocol === 'http:' || url.protocol === 'https:' ? value : undefined;
          } catch {
            return undefined;
          }
        default:
          return value;
      }
    }
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && inRange(value) ? value : undefined;
    case 'double':
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) && inRange(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'datetime':
      return typeof value === 'string' ? toAppwriteDate(value) : undefined;
    default:
      // Relationships and future types are stored as given.
      return value;
  }
}

function checkValue(attribute: AttributeConfig, value: unknown): unknown {
  if (value === null) {
    if (attribute.required) invalid(`Missing required attribute "${attribute.key}"`);
    return null;
  }
  if (attribute.array) {
    if (!Array.isArray(value)) invalid(`Attribute "${attribute.key}" must be an array`);
    return value.map((item, index) => {
      const stored = checkScalar(attribute, item);
      if (stored === undefined) invalid(`Attribute "${attribute.key}['${index}']" ${describeInvalid(attribute, item)}`);
      return stored;
    });
  }
  const stored = checkScalar(attribute, value);
  if (stored === undefined) invalid(`Attribute "${attribute.key}" ${describeInvalid(attribute, value)}`);
  return stored;
}

/**
 * Creates the stored attribute values of a document from client data, checked against the collection's schema.
 * On create, missing attributes take their default (or null) and required ones must be present;
 * on update, only the given keys are checked and the rest come from `existing`.
 *
 * @param attributes The collection's attribute declarations.
 * @param data The client's `data` object.
 * @param existing The current attribute values when updating.
 *
 * @returns Every attribute key mapped to its stored value.
 */
export function validateDocument(
  attributes: readonly AttributeConfig[],
  data: unknown,
  existing?: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) invalid('the data must be a JSON object');
  const input = data as Record<string, unknown>;
  const byKey = new Map(attributes.map((attribute) => [attribute.key, attribute]));
  for (const key of Object.keys(input)) {
    // System keys may be echoed back by clients that send a whole document; Appwrite ignores them.
    if (key.startsWith('$')) continue;
    if (!byKey.has(key)) invalid(`Unknown attribute: "${key}"`);
  }
  const result: Record<string, unknown> = {};
  for (const attribute of attributes) {
    if (Object.hasOwn(input, attribute.key) && input[attribute.key] !== undefined) {
      result[attribute.key] = checkValue(attribute, input[attribute.key]);
    } else if (existing) {
      result[attribute.key] = existing[attribute.key] ?? null;
    } else if (attribute.default !== undefined && attribute.default !== null) {
      result[attribute.key] = checkValue(attribute, attribute.default);
    } else if (attribute.required) {
      invalid(`Missing required attribute "${attribute.key}"`);
    } else {
      // Appwrite stores an unset optional attribute as null, arrays included (so isNull finds it).
      result[attribute.key] = null;
    }
  }
  return result;
}
