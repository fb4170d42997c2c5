import { randomBytes } from 'node:crypto';
import { Account, AppwriteException, Client, Databases, ID, Permission, Query, Role, Storage, Teams } from 'node-appwrite';
import { InputFile } from 'node-appwrite/file';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi } from '../helpers/api.ts';

// The official server SDK for Appwrite 1.5 (node-appwrite@13), signed in with a JWT the way a backend acts for a user.
let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'node-sdk',
      databases: [{ $id: 'shop', name: 'Shop', enabled: true }],
      collections: [{
        $id: 'orders', databaseId: 'shop', name: 'Orders', enabled: true, documentSecurity: true, $permissions: ['create("users")'],
        attributes: [
          { key: 'item', type: 'string', size: 64, required: true, array: false },
          { key: 'quantity', type: 'integer', required: true, array: false, min: 1, max: 100 },
          { key: 'tags', type: 'string', size: 32, required: false, array: true },
        ],
        indexes: [],
      }, {
        $id: 'customers', databaseId: 'shop', name: 'Customers', enabled: true, documentSecurity: true, $permissions: ['create("users")'],
        attributes: [
          { key: 'name', type: 'string', size: 64, required: true, array: false },
          { key: 'orders', type: 'relationship', required: false, array: false, relatedCollection: 'orders', relationType: 'oneToMany', twoWay: true, twoWayKey: 'customer', onDelete: 'cascade', side: 'parent' },
        ],
        indexes: [],
      }],
      buckets: [{
        $id: 'uploads', name: 'Uploads', $permissions: ['create("users")'], fileSecurity: true, enabled: true, maximumFileSize: 30_000_000,
        allowedFileExtensions: [], compression: 'none', encryption: false, antivirus: false,
      }],
    },
  });
});
afterAll(async () => {
  await emulator.close();
});

/**
 * Signs a user up and in over HTTP and returns a node-appwrite client carrying a JWT for them.
 *
 * @param id The user id.
 *
 * @returns The client.
 */
async function jwtClient(id: string): Promise<Client> {
  const api = createApi(emulator.url, emulator.projectId);
  await api.post('/account', { userId: id, email: `${id}@example.com`, password: 'password-1', name: id });
  await api.post('/account/sessions/email', { email: `${id}@example.com`, password: 'password-1' });
  const { body } = await api.post('/account/jwt');
  return new Client().setEndpoint(emulator.url).setProject(emulator.projectId).setJWT(body.jwt);
}

describe('official node-appwrite@13.0.0 server SDK against the emulator', () => {
  it('reads the account and runs teams with roles through a JWT', async () => {
    const client = await jwtClient('nora');
    expect((await new Account(client).get()).email).toBe('nora@example.com');
    const teams = new Teams(client);
    const team = await teams.create(ID.unique(), 'Crew', ['captain']);
    const memberships = await teams.listMemberships(team.$id);
    expect(memberships.memberships[0]?.roles.sort()).toEqual(['captain', 'owner']);
    expect((await teams.listMemberships(team.$id, [], 'nora')).total).toBe(1);
  });

  it('creates, queries and guards documents with permissions', async () => {
    const owner = await jwtClient('olga');
    const other = await jwtClient('otto');
    const databases = new Databases(owner);
    const order = await databases.createDocument('shop', 'orders', ID.unique(), { item: 'Lamp', quantity: 2, tags: ['Home'] }, [Permission.read(Role.user('olga'))]);
    await databases.createDocument('shop', 'orders', ID.unique(), { item: 'Desk', quantity: 1 });
    const found = await databases.listDocuments('shop', 'orders', [Query.contains('tags', ['home']), Query.orderAsc('item')]);
    expect(found.documents.map((d) => d.item)).toEqual(['Lamp']);
    expect((await databases.listDocuments('shop', 'orders', [Query.isNull('tags')])).documents.map((d) => d.item)).toEqual(['Desk']);
    const missing = await new Databases(other).getDocument('shop', 'orders', order.$id).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(AppwriteException);
    expect((missing as AppwriteException).type).toBe('document_not_found');
  });

  it('writes nested related documents and cascades their delete', async () => {
    const databases = new Databases(await jwtClient('cora'));
    const customer = await databases.createDocument('shop', 'customers', 'cora-1', {
      name: 'Cora',
      orders: [{ $id: 'cora-order', item: 'Chair', quantity: 4 }],
    });
    expect(customer.orders.map((order: { item: string }) => order.item)).toEqual(['Chair']);
    const order = await databases.getDocument('shop', 'orders', 'cora-order');
    expect(order.customer.$id).toBe('cora-1');
    expect(order.$permissions).toEqual(customer.$permissions);
    const listed = await databases.listDocuments('shop', 'customers', [Query.select(['name', 'orders.*'])]);
    expect(listed.documents[0]?.orders[0]?.$id).toBe('cora-order');
    await databases.deleteDocument('shop', 'customers', 'cora-1');
    const gone = await databases.getDocument('shop', 'orders', 'cora-order').catch((error: unknown) => error);
    expect((gone as AppwriteException).type).toBe('document_not_found');
  });

  it('uploads a file in chunks and downloads the same bytes', async () => {
    const storage = new Storage(await jwtClient('pia'));
    const bytes = randomBytes(12 * 1024 * 1024 + 123);
    const progress: number[] = [];
    const file = await storage.createFile('uploads', ID.unique(), InputFile.fromBuffer(bytes, 'big.bin'), undefined, (p) => progress.push(p.chunksUploaded));
    expect(file.sizeOriginal).toBe(bytes.length);
    expect(progress.at(-1)).toBe(3);
    const downloaded = Buffer.from(await storage.getFileDownload('uploads', file.$id));
    expect(downloaded.equals(bytes)).toBe(true);
  });
});
