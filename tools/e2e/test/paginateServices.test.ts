import { createEmailPasswordSession, listIdentities, listLogs, readSessionSecret, registerUser, updateName } from '@aw/account';
import { createClient, ID, paginate, withSession, type Client } from '@aw/core';
import { startEmulator, type RunningEmulator } from '@aw/emulator';
import { createFile, listFiles } from '@aw/storage';
import { createNewTeam, listMemberships, listTeams } from '@aw/teams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let emulator: RunningEmulator;
let me: Client;

async function collect<T>(iterator: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterator) items.push(item);
  return items;
}

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: { buckets: [{ $id: 'files', name: 'Files', $permissions: ['create("users")', 'read("users")'], enabled: true }] },
  });
  const client = createClient({ endpoint: emulator.url, project: emulator.projectId, retry: 0 });
  const email = `pager-${Date.now()}@example.com`;
  await registerUser(client, { userId: ID.unique(), email, password: 'pager-password' });
  const raw = await createEmailPasswordSession(client, { email, password: 'pager-password' }).raw();
  me = withSession(client, readSessionSecret(client, raw));
});
afterAll(() => emulator.close());

describe('paginate walks the other list operations', () => {
  it('teams and memberships', async () => {
    const created = [];
    for (let n = 0; n < 7; n++) created.push((await createNewTeam(me, { teamId: ID.unique(), name: `Team ${n}` })).$id);
    const teams = await collect(paginate(listTeams, me, {}, { pageSize: 3 }));
    expect(teams.map((team) => team.$id).sort()).toEqual(created.sort());
    const members = await collect(paginate(listMemberships, me, { teamId: created[0]! }, { pageSize: 1 }));
    expect(members).toHaveLength(1);
  });

  it('files', async () => {
    const created = [];
    for (let n = 0; n < 5; n++) {
      created.push((await createFile(me, { bucketId: 'files', fileId: ID.unique(), file: new File([`file ${n}`], `f${n}.txt`) })).$id);
    }
    const files = await collect(paginate(listFiles, me, { bucketId: 'files' }, { pageSize: 2 }));
    expect(files.map((file) => file.$id).sort()).toEqual(created.sort());
  });

  it('account logs (paged by offset: logs have no $id) and identities', async () => {
    for (const name of ['One', 'Two', 'Three', 'Four']) await updateName(me, { name });
    const { total } = await listLogs(me);
    expect(total).toBeGreaterThan(4);
    const logs = await collect(paginate(listLogs, me, {}, { pageSize: 2 }));
    expect(logs.length).toBe(total);
    expect(await collect(paginate(listIdentities, me, {}))).toEqual([]);
  });
});
