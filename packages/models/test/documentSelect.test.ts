import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DocumentListSchema, DocumentSchema } from '../src/index.ts';

// Appwrite 1.5's listDocuments with a `select` query leaves `$databaseId` and `$collectionId` out.
describe('DocumentSchema and select answers', () => {
  const selected = { $id: 'd1', $createdAt: '2024-01-01T00:00:00.000+00:00', $updatedAt: '2024-01-01T00:00:00.000+00:00', $permissions: [], title: 'Dune' };

  it('accepts a document without $databaseId and $collectionId, keeping its own fields', () => {
    expect(v.parse(DocumentSchema, selected)).toEqual(selected);
    expect(v.parse(DocumentListSchema, { total: 1, documents: [selected] }).documents[0]).toEqual(selected);
  });

  it('still checks them when present, and still requires $id', () => {
    expect(v.safeParse(DocumentSchema, { ...selected, $databaseId: 5 }).success).toBe(false);
    const { $id: _, ...withoutId } = selected;
    expect(v.safeParse(DocumentSchema, withoutId).success).toBe(false);
  });
});
