import type { Client } from '@aw/core';
import { createDocument, documentData, getDocumentById, listUserDocuments } from '@aw/databases';
import { describe, expectTypeOf, it } from 'vitest';
import { ProductCollection, ProductDataSchema, ProductSchema, type MakerDocument, type Product, type ProductData } from './fixture/shop.ts';

declare const client: Client;

describe('generated collection types', () => {
  it('types documents read with the generated schema', async () => {
    const product = await getDocumentById(client, { ...ProductCollection, documentId: 'a' }, { schema: ProductSchema });
    expectTypeOf(product.price).toEqualTypeOf<number>();
    expectTypeOf(product.status).toEqualTypeOf<'draft' | 'live' | null>();
    expectTypeOf(product.tags).toEqualTypeOf<string[] | null>();
    expectTypeOf(product.maker).toEqualTypeOf<MakerDocument | string | null | undefined>();
    expectTypeOf(product.$id).toBeString();
    const list = await listUserDocuments(client, ProductCollection, { schema: ProductSchema });
    expectTypeOf(list.documents[0]!.name).toBeString();
  });

  it('makes a wrong field a compile error', () => {
    // @ts-expect-error -- `colour` is not an attribute of products.
    documentData(ProductDataSchema, { name: 'a', price: 1, colour: 'red' });
    // @ts-expect-error -- `price` is required.
    documentData(ProductDataSchema, { name: 'a' });
    // @ts-expect-error -- `status` only takes the enum's values.
    documentData(ProductDataSchema, { name: 'a', price: 1, status: 'gone' });
    // @ts-expect-error -- `stock` is a number.
    createDocument<ProductData, typeof ProductSchema>(client, { ...ProductCollection, documentId: 'unique()', data: { name: 'a', price: 1, stock: '5' } });
    // @ts-expect-error -- an unknown key in a typed create.
    createDocument<ProductData, typeof ProductSchema>(client, { ...ProductCollection, documentId: 'unique()', data: { name: 'a', price: 1, colour: 'red' } });
    expectTypeOf<Product['name']>().toEqualTypeOf<string>();
  });
});
