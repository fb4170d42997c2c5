import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ANY_OBJECT_SCHEMA, paramRule } from '../src/rules.mjs';

/** Builds the valibot schema a rule describes, the way generated code does. */
function schemaOf(rule) {
  return new Function('v', `return ${rule.schema};`)(v);
}

describe('paramRule', () => {
  it('reads an ID rule and accepts unique() only where the spec lets the server pick the ID', () => {
    const custom = paramRule({ name: 'teamId', description: 'Team ID. Choose a custom ID or generate a random ID with `ID.unique()`.', schema: { type: 'string' } });
    const plain = paramRule({ name: 'teamId', description: 'Team ID.', schema: { type: 'string' } });
    expect(custom.kind).toBe('customId');
    expect(v.is(schemaOf(custom), 'unique()')).toBe(true);
    expect(v.is(schemaOf(plain), 'unique()')).toBe(false);
    for (const rule of [custom, plain]) {
      expect(v.is(schemaOf(rule), 'a'.repeat(36))).toBe(true);
      expect(v.is(schemaOf(rule), 'a'.repeat(37))).toBe(false);
      expect(v.is(schemaOf(rule), '_leading')).toBe(false);
      expect(v.is(schemaOf(rule), 'ok.id-1_x')).toBe(true);
    }
  });

  it('takes max lengths, ranges and list limits from the description', () => {
    const name = paramRule({ name: 'name', description: 'User name. Max length: 128 chars.', schema: { type: 'string' } });
    expect(name.limits.maxLength).toBe(128);
    expect(v.is(schemaOf(name), 'x'.repeat(129))).toBe(false);
    const width = paramRule({ name: 'width', description: 'Pass an integer between 0 to 2000.', schema: { type: 'integer' } });
    expect(width.limits).toEqual({ min: 0, max: 2000 });
    expect(v.is(schemaOf(width), 2001)).toBe(false);
    expect(v.is(schemaOf(width), 1.5)).toBe(false);
    const rotation = paramRule({ name: 'rotation', description: 'Pass an integer between -360 and 360.', schema: { type: 'integer' } });
    expect(rotation.limits).toEqual({ min: -360, max: 360 });
    const scopes = paramRule({ name: 'scopes', description: 'Maximum of 100 scopes are allowed, each 4096 characters long.', schema: { type: 'array', items: { type: 'string' } } });
    expect(scopes.limits).toEqual({ maxItems: 100, itemMaxLength: 4096 });
    expect(v.is(schemaOf(scopes), Array.from({ length: 101 }, () => 'x'))).toBe(false);
    expect(v.is(schemaOf(scopes), ['x'.repeat(4097)])).toBe(false);
  });

  it('applies the query limits even where a description leaves them out', () => {
    const queries = paramRule({ name: 'queries', description: 'Only supported methods are limit and offset', schema: { type: 'array', items: { type: 'string' } } });
    expect(queries.limits).toEqual({ maxItems: 100, itemMaxLength: 4096 });
  });

  it('checks emails, passwords, URLs, phones and prefs size', () => {
    const email = schemaOf(paramRule({ name: 'email', schema: { type: 'string' } }));
    expect(v.is(email, 'ada@example.com')).toBe(true);
    expect(v.is(email, 'ada')).toBe(false);
    const password = schemaOf(paramRule({ name: 'password', schema: { type: 'string' } }));
    expect(v.is(password, '1234567')).toBe(false);
    expect(v.is(password, '12345678')).toBe(true);
    expect(v.is(password, 'x'.repeat(257))).toBe(false);
    const url = schemaOf(paramRule({ name: 'success', schema: { type: 'string', format: 'url' } }));
    expect(v.is(url, 'https://example.com/ok')).toBe(true);
    expect(v.is(url, 'not a url')).toBe(false);
    const phone = schemaOf(paramRule({ name: 'phone', schema: { type: 'string' } }));
    expect(v.is(phone, '+16175551212')).toBe(true);
    expect(v.is(phone, '+1617555121299999')).toBe(false);
    expect(v.is(phone, '6175551212')).toBe(false);
    const prefs = schemaOf(paramRule({ name: 'prefs', schema: { type: 'object' } }));
    expect(v.is(prefs, { theme: 'dark' })).toBe(true);
    expect(v.is(prefs, { blob: 'x'.repeat(65536) })).toBe(false);
  });

  it('turns enums into picklists named by x-enum-name', () => {
    const rule = paramRule({ name: 'gravity', schema: { type: 'string', enum: ['center', 'top'], 'x-enum-name': 'ImageGravity' } });
    expect(rule.type).toBe('ImageGravity');
    expect(rule.enumType).toEqual({ name: 'ImageGravity', values: ['center', 'top'], keys: ['center', 'top'] });
    expect(v.is(schemaOf(rule), 'top')).toBe(true);
    expect(v.is(schemaOf(rule), 'middle')).toBe(false);
  });

  it('checks a free-form object param with the same rule and message as record(string, unknown)', () => {
    const data = paramRule({ name: 'data', description: 'Document data as JSON object.', schema: { type: 'object' } });
    expect(data.schema).toBe(ANY_OBJECT_SCHEMA);
    const record = v.record(v.string(), v.unknown());
    const inputs = [{}, { a: 1, b: { c: [1] } }, [], [1, 2], new Date(0), Object.create(null), JSON.parse('{"__proto__":{"x":1}}'), null, undefined, 0, 1, '', 'x', true, false, 10n, Symbol('s'), () => 1, new Map()];
    for (const input of inputs) {
      const expected = v.safeParse(record, input);
      const actual = v.safeParse(schemaOf(data), input);
      expect(actual.success, String(typeof input)).toBe(expected.success);
      expect(actual.issues?.map((issue) => issue.message)).toEqual(expected.issues?.map((issue) => issue.message));
    }
    // Preferences keep record: their size rule reads the entries.
    expect(paramRule({ name: 'prefs', description: '', schema: { type: 'object' } }).schema).toMatch(/^v\.pipe\(v\.record\(/);
  });
});
