import { AwValidationError } from '@aw/core';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { documentData } from './documentData.ts';

const TodoData = v.strictObject({
  title: v.pipe(v.string('it must be a string of at most 5 characters'), v.maxLength(5, 'it must be a string of at most 5 characters')),
  done: v.optional(v.boolean('it must be a boolean'), false),
});

describe('documentData', () => {
  it('returns valid data as given, without the defaults the schema would add', () => {
    const data = { title: 'ok' };
    expect(documentData(TodoData, data)).toBe(data);
  });

  it.each([
    [{ title: 'too long' }, 'data.title', 'it must be a string of at most 5 characters'],
    [{ title: 'ok', done: 'no' }, 'data.done', 'it must be a boolean'],
    [{ title: 'ok', extra: 1 }, 'data.extra', 'Invalid key: Expected never but received "extra"'],
  ])('refuses %j at %s', (data, field, rule) => {
    let error: unknown;
    try {
      documentData(TodoData, data as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AwValidationError);
    expect((error as AwValidationError).target).toBe('params');
    expect((error as AwValidationError).message).toBe(`databases.documentData: invalid params at "${field}": ${rule}`);
  });
});
