import { expect, test } from 'vitest';
import * as id from './id/index.ts';
import { ID, Permission, Query, Role } from './namespaces.ts';
import * as permission from './permission/index.ts';
import * as query from './query/index.ts';
import * as role from './role/index.ts';

test.each([
  ['Query', Query, query],
  ['ID', ID, id],
  ['Permission', Permission, permission],
  ['Role', Role, role],
])('the top-level %s object holds every builder of its subpath', (_, object, module) => {
  expect(Object.keys(object).sort()).toEqual(Object.keys(module).sort());
  for (const [name, builder] of Object.entries(module)) expect((object as Record<string, unknown>)[name]).toBe(builder);
});
