import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AwValidationError } from '../errors/errors.ts';
import { _collectionParams } from './collectionParams.ts';

const schemas = {
  data: v.strictObject({ title: v.string('it must be a string'), done: v.optional(v.boolean('it must be a boolean')) }),
  patch: v.strictObject({ title: v.optional(v.string('it must be a string')), done: v.optional(v.boolean('it must be a boolean')) }),
};
const ids = { databaseId: 'main', collectionId: 'todos', documentId: 'a' };

describe('_collectionParams', () => {
  it('returns params without schemas as they are', () => {
    const params = { ...ids, data: { anything: 1 } };
    expect(_collectionParams(params, 'POST', 'op')).toBe(params);
  });

  it.each(['GET', 'DELETE', 'POST', 'PATCH'] as const)('takes the schemas out on %s', (method) => {
    const params = { ...ids, data: { title: 'x' }, '~schemas': schemas };
    expect(_collectionParams(params, method, 'op')).toEqual({ ...ids, data: { title: 'x' } });
    expect(params).toHaveProperty('~schemas');
  });

  it.each([
    ['POST', { title: 1 }, 'op: invalid params at "data.title": it must be a string'],
    ['POST', { done: true }, 'op: invalid params at "data.title": Invalid key: Expected "title" but received undefined'],
    ['PATCH', { done: 'no' }, 'op: invalid params at "data.done": it must be a boolean'],
    ['PATCH', { colour: 'red' }, 'op: invalid params at "data.colour": Invalid key: Expected never but received "colour"'],
  ] as const)('checks %s data %j with its schema', (method, data, message) => {
    let error: unknown;
    try {
      _collectionParams({ ...ids, data, '~schemas': schemas }, method, 'op');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AwValidationError);
    expect((error as AwValidationError).message).toBe(message);
    expect((error as AwValidationError).target).toBe('params');
  });

  it('lets a patch without data through, and leaves reads unchecked', () => {
    expect(_collectionParams({ ...ids, permissions: [], '~schemas': schemas }, 'PATCH', 'op')).toEqual({ ...ids, permissions: [] });
    expect(_collectionParams({ ...ids, data: { title: 1 }, '~schemas': schemas }, 'GET', 'op')).toEqual({ ...ids, data: { title: 1 } });
  });

  it('checks only the schema the descriptor has', () => {
    expect(_collectionParams({ ...ids, data: { title: 1 }, '~schemas': { patch: schemas.patch } }, 'POST', 'op')).toEqual({ ...ids, data: { title: 1 } });
  });
});
