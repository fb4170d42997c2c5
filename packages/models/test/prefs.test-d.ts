import { describe, expectTypeOf, it } from 'vitest';
import type { Models } from '../src/index.ts';

interface AppPrefs {
  theme: 'dark' | 'light';
  language?: string;
}

describe('models generic over preferences', () => {
  it('types a user’s and a team’s prefs from a type argument, interfaces included', () => {
    expectTypeOf<Models.User<AppPrefs>['prefs']>().toEqualTypeOf<AppPrefs>();
    expectTypeOf<Models.Team<AppPrefs>['prefs']>().toEqualTypeOf<AppPrefs>();
    expectTypeOf<Models.TeamList<AppPrefs>['teams'][number]['prefs']>().toEqualTypeOf<AppPrefs>();
  });

  it('defaults to open preferences', () => {
    expectTypeOf<Models.User['prefs']>().toEqualTypeOf<Models.Preferences>();
    expectTypeOf<Models.User>().toEqualTypeOf<Models.User<Models.Preferences>>();
  });

  it('refuses a prefs type that is not an object', () => {
    // @ts-expect-error -- preferences are a JSON object.
    expectTypeOf<Models.User<string>>();
  });

  it('lets a typed document refuse keys it does not name', () => {
    type Todo = Models.DocumentSystemFields & { title: string };
    // @ts-expect-error -- `titel` is not a field of a Todo.
    expectTypeOf<Todo['titel']>();
    expectTypeOf<Models.Document['anything']>().toEqualTypeOf<unknown>();
  });
});
