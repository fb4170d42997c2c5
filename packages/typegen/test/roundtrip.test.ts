import { AppwriteError, AwValidationError, createClient, ID, type Client } from '@aw/core';
import { createDocument, documentData, getDocumentById, listUserDocuments, updateDocumentById } from '@aw/databases';
import { startEmulator, type RunningEmulator } from '@aw/emulator';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MakerCollection, MakerSchema, ProductCollection, ProductDataSchema, ProductPatchSchema, ProductSchema, type ProductData } from './fixture/shop.ts';

let emulator: RunningEmulator;
let client: Client;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, config: fileURLToPath(new URL('./fixture/appwrite.json', import.meta.url)) });
  client = createClient({ endpoint: emulator.url, project: emulator.projectId, retry: 0 });
});
afterAll(() => emulator.close());

// The plain IDs, for sending what the typed descriptor would refuse before sending.
const productIds = { databaseId: ProductCollection.databaseId, collectionId: ProductCollection.collectionId };

const full: ProductData = {
  name: 'Lamp',
  stock: 7,
  price: 19.5,
  active: false,
  contact: 'sales@example.com',
  homepage: 'https://example.com/lamp',
  origin: '2001:db8::1',
  status: 'live',
  releasedAt: '2024-05-01T10:00:00.000+00:00',
  tags: ['light', 'desk'],
  scores: [4, 5],
};

describe('each attribute type round-trips through the emulator with the generated schema', () => {
  it('creates, gets and lists a document with every attribute type set', async () => {
    const maker = await createDocument(client, { ...MakerCollection, documentId: ID.unique(), data: { title: 'Acme' } }, { schema: MakerSchema });
    const data = documentData(ProductDataSchema, { ...full, maker: maker.$id });
    const created = await createDocument(client, { ...ProductCollection, documentId: ID.unique(), data }, { schema: ProductSchema });
    // Appwrite answers with the related document itself, without the way back to this one.
    expect(created).toMatchObject({ ...full, maker: { $id: maker.$id, title: 'Acme' }, $collectionId: 'products', $databaseId: 'shop' });
    expect(created.maker).not.toHaveProperty('products');

    const fetched = await getDocumentById(client, { ...ProductCollection, documentId: created.$id }, { schema: ProductSchema });
    expect(fetched).toEqual(created);

    const list = await listUserDocuments(client, { ...ProductCollection }, { schema: ProductSchema });
    expect(list.documents.find((document) => document.$id === created.$id)).toEqual(created);
  });

  it('fills in defaults and nulls the server stores for attributes left out', async () => {
    const created = await createDocument(client, { ...ProductCollection, documentId: ID.unique(), data: documentData(ProductDataSchema, { name: 'Bare', price: 0 }) }, { schema: ProductSchema });
    expect(created).toMatchObject({ stock: 5, active: true, status: 'draft', contact: null, releasedAt: null, maker: null });
    // The schema's output fills in the same defaults without a round trip.
    expect(v.parse(ProductDataSchema, { name: 'Bare', price: 0 })).toMatchObject({ stock: 5, active: true, status: 'draft' });
  });

  it('updates with the patch schema', async () => {
    const created = await createDocument(client, { ...ProductCollection, documentId: ID.unique(), data: { name: 'Desk', price: 100 } }, { schema: ProductSchema });
    const updated = await updateDocumentById(
      client,
      { ...ProductCollection, documentId: created.$id, data: documentData(ProductPatchSchema, { tags: ['wood'], stock: null }) },
      { schema: ProductSchema },
    );
    expect(updated).toMatchObject({ name: 'Desk', tags: ['wood'], stock: null });
  });
});

// Each bad value breaks one rule: refused before sending with the rule in plain words, and refused by the
// server for the same attribute in Appwrite 1.5's own words (`Attribute "stock" has invalid format. …`).
const bad: [string, Record<string, unknown>, string][] = [
  ['name', { name: 'x'.repeat(21), price: 1 }, 'it must be a string of at most 20 characters'],
  ['stock', { name: 'a', price: 1, stock: 1001 }, 'it must be an integer between 0 and 1000'],
  ['stock', { name: 'a', price: 1, stock: 1.5 }, 'it must be an integer between 0 and 1000'],
  ['price', { name: 'a', price: -1 }, 'it must be a number between 0 and 10000'],
  ['active', { name: 'a', price: 1, active: 'yes' }, 'it must be a boolean'],
  ['contact', { name: 'a', price: 1, contact: 'not-an-email' }, 'it must be an email address'],
  ['homepage', { name: 'a', price: 1, homepage: 'ftp://example.com' }, 'it must be an http(s) URL'],
  ['origin', { name: 'a', price: 1, origin: '300.1.1.1' }, 'it must be an IPv4 or IPv6 address'],
  ['status', { name: 'a', price: 1, status: 'gone' }, 'it must be one of: draft, live'],
  ['releasedAt', { name: 'a', price: 1, releasedAt: 'someday' }, 'it must be an ISO 8601 date'],
  ['tags.0', { name: 'a', price: 1, tags: ['x'.repeat(11)] }, 'it must be a string of at most 10 characters'],
  ['scores.1', { name: 'a', price: 1, scores: [1, 9] }, 'it must be an integer between 1 and 5'],
];

describe('bad values are refused on both sides for the same attribute', () => {
  it.each(bad)('%s: %j', async (field, data, rule) => {
    let sent = 0;
    const counting = createClient({ endpoint: emulator.url, project: emulator.projectId, retry: 0, fetch: ((input: RequestInfo, init?: RequestInit) => (sent++, fetch(input, init))) as typeof fetch });
    const local = (() => {
      try {
        documentData(ProductDataSchema, data as unknown as ProductData);
      } catch (error) {
        return error;
      }
    })();
    expect(local).toBeInstanceOf(AwValidationError);
    expect((local as AwValidationError).message).toBe(`databases.documentData: invalid params at "data.${field}": ${rule}`);
    expect(sent).toBe(0);

    // The typed descriptor refuses the same data with the same words, before sending.
    const typed = await createDocument(counting, { ...ProductCollection, documentId: ID.unique(), data: data as unknown as ProductData }).catch((error: unknown) => error);
    expect(typed).toBeInstanceOf(AwValidationError);
    expect((typed as AwValidationError).message).toBe(`POST /databases/{databaseId}/collections/{collectionId}/documents: invalid params at "data.${field}": ${rule}`);
    expect(sent).toBe(0);

    const remote = await createDocument(counting, { ...productIds, documentId: ID.unique(), data }).catch((error: unknown) => error);
    expect(remote).toBeInstanceOf(AppwriteError);
    expect((remote as AppwriteError).type).toBe('document_invalid_structure');
    const [key, index] = field.split('.');
    expect((remote as AppwriteError).message).toContain(`Attribute "${index === undefined ? key : `${key}['${index}']`}" has invalid `);
  });

  it('refuses a missing required attribute and an unknown key on both sides', async () => {
    expect(() => documentData(ProductDataSchema, { price: 1 } as ProductData)).toThrow('invalid params at "data.name": it is required');
    expect(() => documentData(ProductDataSchema, { name: 'a', price: 1, colour: 'red' } as ProductData)).toThrow(
      'invalid params at "data.colour": it is not an attribute of this collection',
    );
    const missing = await createDocument(client, { ...productIds, documentId: ID.unique(), data: { price: 1 } }).catch((error: unknown) => error);
    expect((missing as AppwriteError).message).toContain('Missing required attribute "name"');
    const unknown = await createDocument(client, { ...productIds, documentId: ID.unique(), data: { name: 'a', price: 1, colour: 'red' } }).catch((error: unknown) => error);
    expect((unknown as AppwriteError).message).toContain('Unknown attribute: "colour"');
  });

  it('refuses a server document that breaks the schema', async () => {
    const created = await createDocument(client, { ...ProductCollection, documentId: ID.unique(), data: { name: 'ok', price: 1 } });
    const error = await getDocumentById(client, { ...ProductCollection, documentId: created.$id }, { schema: MakerSchema }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AwValidationError);
    expect((error as AwValidationError).target).toBe('response');
  });
});
