import { fail } from '../errors/AppwriteException.ts';

/** Rules for one string parameter. */
export interface StringRule {
  /** Whether it must be present. */
  required?: boolean;
  /** Minimum length. */
  min?: number;
  /** Maximum length. */
  max?: number;
  /** A check on the value, with what it expects. */
  test?: [(value: string) => boolean, string];
}

/**
 * Reads a string parameter and checks it like Appwrite's validators, failing with
 * 400 `general_argument_invalid` that names the parameter.
 *
 * @param params The request parameters.
 * @param name The parameter name.
 * @param rule The rule.
 *
 * @returns The value, or undefined when optional and absent.
 */
export function readString(params: Record<string, unknown>, name: string, rule: StringRule & { required: true }): string;
/**
 * Reads an optional string parameter.
 *
 * @param params The request parameters.
 * @param name The parameter name.
 * @param rule The rule.
 *
 * @returns The value, or undefined when absent.
 */
export function readString(params: Record<string, unknown>, name: string, rule?: StringRule): string | undefined;
export function readString(params: Record<string, unknown>, name: string, rule: StringRule = {}): string | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') {
    if (rule.required) fail('general_argument_invalid', `Param "${name}" is not optional.`);
    return undefined;
  }
  if (typeof value !== 'string') fail('general_argument_invalid', `Invalid \`${name}\` param: Value must be a valid string`);
  if (rule.min !== undefined && value.length < rule.min) {
    fail('general_argument_invalid', `Invalid \`${name}\` param: Value must be at least ${rule.min} characters long`);
  }
  if (rule.max !== undefined && value.length > rule.max) {
    fail('general_argument_invalid', `Invalid \`${name}\` param: Value must be a valid string and at most ${rule.max} chars`);
  }
  if (rule.test && !rule.test[0](value)) fail('general_argument_invalid', `Invalid \`${name}\` param: ${rule.test[1]}`);
  return value;
}

/**
 * Reads a boolean parameter (JSON boolean, or "true"/"false"/"1"/"0" from a query).
 *
 * @param params The request parameters.
 * @param name The parameter name.
 * @param required Whether it must be present.
 *
 * @returns The value, or undefined when optional and absent.
 */
export function readBoolean(params: Record<string, unknown>, name: string, required = false): boolean | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') {
    if (required) fail('general_argument_invalid', `Param "${name}" is not optional.`);
    return undefined;
  }
  if (value === true || value === 'true' || value === '1' || value === 1) return true;
  if (value === false || value === 'false' || value === '0' || value === 0) return false;
  return fail('general_argument_invalid', `Invalid \`${name}\` param: Value must be a valid boolean`);
}

/**
 * Reads an integer parameter within bounds.
 *
 * @param params The request parameters.
 * @param name The parameter name.
 * @param fallback The default.
 * @param min The smallest allowed value.
 * @param max The largest allowed value.
 *
 * @returns The value.
 */
export function readInteger(params: Record<string, unknown>, name: string, fallback: number, min: number, max: number): number {
  const value = params[name];
  if (value === undefined || value === null || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    fail('general_argument_invalid', `Invalid \`${name}\` param: Value must be a valid range between ${min} and ${max}`);
  }
  return number;
}

/** Checks an email address the way Appwrite's validator does (roughly). */
export const isEmail: [(value: string) => boolean, string] = [
  (value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= 255,
  'Value must be a valid email address',
];

/** Checks an E.164 phone number. */
export const isPhone: [(value: string) => boolean, string] = [
  (value) => /^\+[1-9]\d{6,14}$/.test(value),
  'Phone number must start with a \'+\' can have a maximum of fifteen digits.',
];

/** Checks an http(s) URL. */
export const isUrl: [(value: string) => boolean, string] = [
  (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  },
  'Value must be a valid URL',
];

/**
 * Reads a custom id parameter (`unique()` or a valid id).
 *
 * @param value The parameter value.
 * @param name The parameter name.
 * @param resolve The id resolver.
 *
 * @returns The id to use.
 */
export function readId(value: unknown, name: string, resolve: (v: unknown) => string | undefined): string {
  if (value === undefined || value === null || value === '') fail('general_argument_invalid', `Param "${name}" is not optional.`);
  const id = resolve(value);
  if (!id) {
    fail(
      'general_argument_invalid',
      `Invalid \`${name}\` param: use up to 36 letters, digits, periods, hyphens or underscores, starting with a letter or digit`,
    );
  }
  return id;
}
