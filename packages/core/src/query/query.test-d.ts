import { describe, expectTypeOf, it } from 'vitest';
import type { DocumentListQuery, DocumentSelectQuery } from '../collection/types.ts';
import * as Query from './query.ts';

// A collection as aw-typegen describes it.
interface Book {
  $id: string;
  $createdAt: string;
  $updatedAt: string;
  title: string;
  genre: 'novel' | 'poetry' | null;
  pages: number | null;
  inPrint: boolean;
  keywords: string[] | null;
}
interface BookTypes {
  readonly document: Book;
  readonly data: object;
  readonly patch: object;
  readonly attributes: { readonly title: 'string'; readonly genre: 'enum'; readonly pages: 'integer'; readonly inPrint: 'boolean'; readonly keywords: 'string[]' };
}
type BookQuery = DocumentListQuery<BookTypes>;

describe('query builders carry what they ask, for the type checker only', () => {
  it('brand the string with method, attribute and values', () => {
    expectTypeOf(Query.equal('genre', 'novel')).toEqualTypeOf<Query.TypedQuery<'equal', 'genre', 'novel'>>();
    expectTypeOf(Query.between('pages', 1, 9)).toEqualTypeOf<Query.TypedQuery<'between', 'pages', readonly [1, 9]>>();
    expectTypeOf(Query.limit(5)).toExtend<string>();
    expectTypeOf(Query.select(['title'])).toEqualTypeOf<Query.TypedQuery<'select', undefined, readonly ['title']>>();
  });

  it('accept an attribute held in a plain string, as before', () => {
    const attribute: string = 'anything';
    expectTypeOf(Query.equal(attribute, 1)).toExtend<string>();
    expectTypeOf(Query.or([Query.equal(attribute, 1), '{"method":"isNull","attribute":"x"}'])).toExtend<string>();
  });

  it('fit a typed collection only with its attributes and values', () => {
    expectTypeOf(Query.equal('genre', ['novel', 'poetry'])).toExtend<BookQuery>();
    expectTypeOf(Query.lessThan('pages', 300)).toExtend<BookQuery>();
    expectTypeOf(Query.contains('keywords', 'sea')).toExtend<BookQuery>();
    expectTypeOf(Query.orderAsc('$createdAt')).toExtend<BookQuery>();
    expectTypeOf(Query.and([Query.equal('inPrint', true), Query.isNull('genre')])).toExtend<BookQuery>();
    expectTypeOf(Query.select(['title', '$id'])).toExtend<DocumentSelectQuery<BookTypes>>();

    expectTypeOf(Query.equal('genre', 'drama')).not.toExtend<BookQuery>();
    expectTypeOf(Query.equal('author', 'x')).not.toExtend<BookQuery>();
    expectTypeOf(Query.lessThan('pages', '300')).not.toExtend<BookQuery>();
    expectTypeOf(Query.lessThan('inPrint', true)).not.toExtend<BookQuery>();
    expectTypeOf(Query.search('pages', '3')).not.toExtend<BookQuery>();
    expectTypeOf(Query.equal('keywords', 'sea')).not.toExtend<BookQuery>();
    expectTypeOf(Query.or([Query.equal('genre', 'drama')])).not.toExtend<BookQuery>();
    expectTypeOf(Query.select(['title', 'author'])).not.toExtend<DocumentSelectQuery<BookTypes>>();
  });
});
