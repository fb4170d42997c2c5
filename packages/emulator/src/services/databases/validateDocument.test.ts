import { describe, expect, it } from 'vitest';
import { AppwriteException } from '../../errors/AppwriteException.ts';
import type { AttributeConfig } from './types.ts';
import { toAppwriteDate, validateDocument } from './validateDocument.ts';

const attributes: AttributeConfig[] = [
  { key: 'title', type: 'string', size: 10, required: true },
  { key: 'count', type: 'integer', min: 0, max: 100, default: 5 },
  { key: 'price', type: 'double', min: 0 },
  { key: 'done', type: 'boolean' },
  { key: 'due', type: 'datetime' },
  { key: 'email', type: 'string', format: 'email', size: 100 },
  { key: 'color', type: 'string', format: 'enum', elements: ['red', 'blue'], size: 10 },
  { key: 'site', type: 'string', format: 'url', size: 100 },
  { key: 'ip', type: 'string', format: 'ip', size: 40 },
  { key: 'tags', type: 'string', size: 5, array: true },
];

function structureError(data: unknown, existing?: Record<string, unknown>): string {
  try {
    validateDocument(attributes, data, existing);
  } catch (error) {
    expect(error).toBeInstanceOf(AppwriteException);
    expect((error as AppwriteException).type).toBe('document_invalid_structure');
    expect((error as AppwriteException).code).toBe(400);
    return (error as Error).message;
  }
  throw new Error('expected a structure error');
}

describe('validateDocument', () => {
  it('fills defaults and nulls (arrays too) on create', () => {
    expect(validateDocument(attributes, { title: 'a' })).toEqual({
      title: 'a', count: 5, price: null, done: null, due: null, email: null, color: null, site: null, ip: null, tags: null,
    });
  });

  it('normalizes datetimes to Appwrite form', () => {
    expect(validateDocument(attributes, { title: 'a', due: '2024-01-02T03:04:05Z' }).due).toBe('2024-01-02T03:04:05.000+00:00');
    expect(toAppwriteDate('nope')).toBeUndefined();
  });

  it.each([
    [{ title: 'a', count: 101 }, /"count".*between 0 and 100/],
    [{ title: 'a', count: 1.5 }, /"count"/],
    [{ title: 'a', price: -1 }, /"price"/],
    [{ title: 'a', done: 'yes' }, /"done".*boolean/],
    [{ title: 'a', due: 'tomorrow' }, /"due"/],
    [{ title: 'a', email: 'not-an-email' }, /"email"/],
    [{ title: 'a', color: 'green' }, /one of \(red, blue\)/],
    [{ title: 'a', site: 'ftp://x.y' }, /"site"/],
    [{ title: 'a', ip: '999.1.1.1' }, /"ip"/],
    [{ title: 'a', tags: 'x' }, /must be an array/],
    [{ title: 'a', tags: ['ok', 'toolong'] }, /tags\['1'\]/],
    [{ title: 'x'.repeat(11) }, /no longer than 10 chars/],
    [{ count: 1 }, /Missing required attribute "title"/],
    [{ title: 'a', nope: 1 }, /Unknown attribute: "nope"/],
    [[1], /JSON object/],
  ])('rejects %j', (data, message) => {
    expect(structureError(data)).toMatch(message);
  });

  it('accepts valid formats', () => {
    const stored = validateDocument(attributes, {
      title: 'a', email: 'a@b.co', color: 'red', site: 'https://x.y/z', ip: '::1', tags: ['a', 'b'], price: 2.5, done: false,
    });
    expect(stored).toMatchObject({ email: 'a@b.co', color: 'red', ip: '::1', tags: ['a', 'b'], price: 2.5, done: false });
  });

  it('merges partial updates and still checks given keys', () => {
    const existing = validateDocument(attributes, { title: 'a', count: 7 });
    expect(validateDocument(attributes, { done: true }, existing)).toMatchObject({ title: 'a', count: 7, done: true });
    expect(structureError({ title: null }, existing)).toMatch(/Missing required attribute "title"/);
  });
});

describe('structure errors in Appwrite 1.5 words', () => {
  // The attributes and messages of Appwrite 1.5.11's own e2e test (DatabasesBase::testDocumentsValidation... formats).
  const attributes: AttributeConfig[] = [
    { key: 'email', type: 'string', size: 255, format: 'email', required: false },
    { key: 'enum', type: 'string', size: 255, format: 'enum', elements: ['yes', 'no', 'maybe'], required: false },
    { key: 'ip', type: 'string', size: 39, format: 'ip', required: false },
    { key: 'url', type: 'string', size: 2000, format: 'url', required: false },
    { key: 'range', type: 'integer', min: 1, max: 10, required: false },
    { key: 'floatRange', type: 'double', min: 1.1, max: 1.4, required: false },
    { key: 'probability', type: 'double', min: 0, max: 1, required: false },
    { key: 'upperBound', type: 'integer', max: 10, required: false },
    { key: 'lowerBound', type: 'integer', min: 5, required: false },
    { key: 'tags', type: 'string', size: 4, array: true, required: false },
    { key: 'when', type: 'datetime', required: false },
  ] as AttributeConfig[];
  it.each([
    [{ email: 'user@localhost' }, 'Attribute "email" has invalid format. Value must be a valid email address'],
    [{ enum: 'badEnum' }, 'Attribute "enum" has invalid format. Value must be one of (yes, no, maybe)'],
    [{ ip: '1.1.1.1.1' }, 'Attribute "ip" has invalid format. Value must be a valid IP address'],
    [{ url: 'example...com' }, 'Attribute "url" has invalid format. Value must be a valid URL'],
    [{ range: 11 }, 'Attribute "range" has invalid format. Value must be a valid range between 1 and 10'],
    [{ floatRange: 2.5 }, 'Attribute "floatRange" has invalid format. Value must be a valid range between 1 and 1'],
    [{ probability: 1.1 }, 'Attribute "probability" has invalid format. Value must be a valid range between 0 and 1'],
    [{ upperBound: 11 }, 'Attribute "upperBound" has invalid format. Value must be a valid range between -9,223,372,036,854,775,808 and 10'],
    [{ lowerBound: 3 }, 'Attribute "lowerBound" has invalid format. Value must be a valid range between 5 and 9,223,372,036,854,775,807'],
    [{ range: 'x' }, 'Attribute "range" has invalid format. Value must be a valid integer'],
    [{ tags: ['ok', 'too long'] }, 'Attribute "tags[\'1\']" has invalid type. Value must be a valid string and no longer than 4 chars'],
    [{ when: 'not a date' }, 'Attribute "when" has invalid type. Value must be valid date.'],
  ])('%j -> %s', (data, message) => {
    expect(() => validateDocument(attributes, data)).toThrow(`Invalid document structure: ${message}`);
  });
});
