import type { AwPromise, Client } from '@aw/core';
import type { Models } from '@aw/models';
import { describe, expectTypeOf, it } from 'vitest';
import { getCurrentUser, getPrefs, updateName, updatePreferences } from '../src/index.ts';

interface Prefs {
  theme: 'light' | 'dark';
}
declare const client: Client;

describe('account operations are generic over the preferences', () => {
  it('types the preferences a caller names', async () => {
    expectTypeOf(getPrefs<Prefs>(client)).toEqualTypeOf<AwPromise<Prefs>>();
    expectTypeOf((await getCurrentUser<Prefs>(client)).prefs.theme).toEqualTypeOf<'light' | 'dark'>();
    expectTypeOf(updateName<Prefs>(client, { name: 'Ada' })).toEqualTypeOf<AwPromise<Models.User<Prefs>>>();
  });

  it('infers the preferences from what is written, and checks them against a named type', () => {
    expectTypeOf(updatePreferences(client, { prefs: { theme: 'dark' as const } })).toEqualTypeOf<AwPromise<Models.User<{ theme: 'dark' }>>>();
    // @ts-expect-error -- `theme` must be 'light' or 'dark'.
    void updatePreferences<Prefs>(client, { prefs: { theme: 'blue' } });
  });

  it('defaults to any keys', () => {
    expectTypeOf(getPrefs(client)).toEqualTypeOf<AwPromise<Models.Preferences>>();
  });
});
