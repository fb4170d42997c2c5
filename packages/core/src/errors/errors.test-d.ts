import { expectTypeOf, test } from 'vitest';
import { isAppwriteError, type AppwriteError } from './errors.ts';

test('isAppwriteError with a type narrows `type` to that literal', () => {
  const caught: unknown = new Error('x');
  if (isAppwriteError(caught, 'user_invalid_credentials')) {
    expectTypeOf(caught.type).toEqualTypeOf<'user_invalid_credentials'>();
    expectTypeOf(caught.status).toEqualTypeOf<number>();
  }
  if (isAppwriteError(caught)) expectTypeOf(caught).toEqualTypeOf<AppwriteError>();
  // @ts-expect-error not an Appwrite 1.5 error type
  isAppwriteError(caught, 'user_not_a_type');
});
