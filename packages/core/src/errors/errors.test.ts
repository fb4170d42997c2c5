import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { AwValidationError } from './errors.ts';

function issuesOf(schema: v.GenericSchema, value: unknown) {
  const result = v.safeParse(schema, value);
  if (result.success) throw new Error('expected a failure');
  return result.issues;
}

describe('AwValidationError message', () => {
  test('names every failing field and its rule, in order', () => {
    const schema = v.object({ title: v.string(), minutes: v.number(), difficulty: v.picklist(['easy', 'hard']) });
    const error = new AwValidationError('POST /x', 'params', issuesOf(schema, { title: 1, minutes: 'ten', difficulty: 'extreme' }));
    expect(error.message).toBe(
      'POST /x: invalid params at "title": Invalid type: Expected string but received 1; ' +
        'at "minutes": Invalid type: Expected number but received "ten"; ' +
        'at "difficulty": Invalid type: Expected ("easy" | "hard") but received "extreme"',
    );
    expect(error.issues).toHaveLength(3);
  });

  test('one problem reads as before, with no count', () => {
    const error = new AwValidationError('POST /x', 'response', issuesOf(v.object({ name: v.string() }), { name: 2 }));
    expect(error.message).toBe('POST /x: invalid response at "name": Invalid type: Expected string but received 2');
    expect(new AwValidationError('POST /x', 'params', issuesOf(v.object({}), 'text')).message).toBe(
      'POST /x: invalid params: Invalid type: Expected Object but received "text"',
    );
  });

  test('lists the first 20 problems and counts the rest, keeping every issue', () => {
    const keys = Array.from({ length: 25 }, (_, index) => `field${index}`);
    const schema = v.object(Object.fromEntries(keys.map((key) => [key, v.string()])));
    const error = new AwValidationError('POST /x', 'params', issuesOf(schema, {}));
    expect(error.issues).toHaveLength(25);
    for (const key of keys.slice(0, 20)) expect(error.message).toContain(`at "${key}": `);
    expect(error.message).not.toContain('"field20"');
    expect(error.message).toMatch(/; and 5 more$/);
  });

  test('redacts secret-looking fields in every listed problem', () => {
    const schema = v.object({ email: v.pipe(v.string(), v.email()), password: v.pipe(v.string(), v.minLength(8)) });
    const error = new AwValidationError('POST /x', 'params', issuesOf(schema, { email: 'nope', password: 'hunter2' }));
    expect(error.message).toContain('at "email": Invalid email');
    expect(error.message).toContain('at "password": Invalid length: Expected >=8 but received [redacted]');
    expect(error.message).not.toContain('hunter2');
  });
});
