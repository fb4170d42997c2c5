import { listIdentities, listLogs } from '@aw/account';
import { paginate, type Client } from '@aw/core';
import { listUserDocuments } from '@aw/databases';
import { listExecutions } from '@aw/functions';
import type { Models } from '@aw/models';
import { listFiles } from '@aw/storage';
import { listMemberships, listTeams } from '@aw/teams';
import * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';

declare const client: Client;
const ids = { databaseId: 'main', collectionId: 'items' };

describe('paginate types', () => {
  it('yields each list operation’s own item type', () => {
    expectTypeOf(paginate(listFiles, client, { bucketId: 'b' })).toEqualTypeOf<AsyncGenerator<Models.File, void, undefined>>();
    // listTeams is generic over team preferences: name them (or the default) to type each team.
    expectTypeOf(paginate(listTeams<Models.Preferences>, client, {})).toEqualTypeOf<AsyncGenerator<Models.Team, void, undefined>>();
    expectTypeOf(paginate(listTeams<{ theme: string }>, client, {})).toEqualTypeOf<AsyncGenerator<Models.Team<{ theme: string }>, void, undefined>>();
    expectTypeOf(paginate(listMemberships, client, { teamId: 't' })).toEqualTypeOf<AsyncGenerator<Models.Membership, void, undefined>>();
    expectTypeOf(paginate(listExecutions, client, { functionId: 'f' })).toEqualTypeOf<AsyncGenerator<Models.Execution, void, undefined>>();
    expectTypeOf(paginate(listIdentities, client, {})).toEqualTypeOf<AsyncGenerator<Models.Identity, void, undefined>>();
    expectTypeOf(paginate(listLogs, client, {})).toEqualTypeOf<AsyncGenerator<Models.Log, void, undefined>>();
  });

  it('types documents from a schema or a type argument', async () => {
    const Item = v.object({ n: v.number() });
    for await (const item of paginate(listUserDocuments, client, ids, { schema: Item, pageSize: 10 })) {
      expectTypeOf(item.n).toEqualTypeOf<number>();
      expectTypeOf(item.$id).toEqualTypeOf<string>();
    }
    for await (const item of paginate(listUserDocuments<{ title: string }>, client, ids)) expectTypeOf(item.title).toEqualTypeOf<string>();
  });

  it('checks params against the list operation', () => {
    // @ts-expect-error -- listFiles needs a bucketId.
    paginate(listFiles, client, {});
    // @ts-expect-error -- pageSize is a number.
    paginate(listTeams, client, {}, { pageSize: '10' });
  });
});
