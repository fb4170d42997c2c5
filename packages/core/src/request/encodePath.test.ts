import { expect, test } from 'vitest';
import { AwValidationError } from '../errors/errors.ts';
import { _encodePath } from './encodePath.ts';

test('fills placeholders with encoded values and leaves the other params for the query or body', () => {
  const [path, rest] = _encodePath('/a/{x}/b/{y}', { x: 'a/b', y: 7, z: 'rest' });
  expect(path).toBe('/a/a%2Fb/b/7');
  expect(rest).toEqual({ x: undefined, y: undefined, z: 'rest' });
});

test.each([[''], ['.'], ['..'], [undefined], [null], [{}], ['\uDC00']])('refuses %j, naming the operation and field', (value) => {
  expect(() => _encodePath('/teams/{teamId}', { teamId: value }, 'teams.get')).toThrow(AwValidationError);
  expect(() => _encodePath('/teams/{teamId}', { teamId: value }, 'teams.get')).toThrow(/^teams\.get: invalid params at "teamId"/);
});

test('"..." and "..x" are ordinary segments', () => {
  expect(_encodePath('/t/{id}', { id: '...' })[0]).toBe('/t/...');
  expect(_encodePath('/t/{id}', { id: '..x' })[0]).toBe('/t/..x');
});
