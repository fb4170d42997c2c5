import { createAuthState } from '@aw/account/auth-state';
import type { Client } from '@aw/core';
import type { Models } from '@aw/models';
import { describe, expectTypeOf, it } from 'vitest';

declare const client: Client;

describe('auth state types', () => {
  it('narrows the user by status and types prefs from a type argument', () => {
    const auth = createAuthState<{ theme: 'dark' | 'light' }>(client);
    const snapshot = auth.current();
    if (snapshot.status === 'signed-in') {
      expectTypeOf(snapshot.user.prefs.theme).toEqualTypeOf<'dark' | 'light'>();
    } else {
      expectTypeOf(snapshot.user).toBeNull();
    }
    expectTypeOf(createAuthState(client).current().user).toEqualTypeOf<Models.User | null>();
  });
});
