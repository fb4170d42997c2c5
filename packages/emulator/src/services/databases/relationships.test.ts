import { describe, expect, it } from 'vitest';
import { effectiveCollection, holdsMany, prepareQueries, relationsOf, relationshipDeclarationError } from './relationships.ts';
import type { CollectionConfig } from './types.ts';

const person: CollectionConfig = {
  $id: 'person', databaseId: 'db', name: 'Person',
  attributes: [
    { key: 'name', type: 'string', size: 10 },
    { key: 'library', type: 'relationship', relatedCollection: 'library', relationType: 'oneToOne', twoWay: true },
    { key: 'tags', type: 'relationship', relatedCollection: 'tag', relationType: 'manyToMany', twoWay: false },
  ],
};
const library: CollectionConfig = { $id: 'library', databaseId: 'db', name: 'Library', attributes: [{ key: 'title', type: 'string', size: 10 }] };
const tag: CollectionConfig = { $id: 'tag', databaseId: 'db', name: 'Tag' };
const collections = [person, library, tag];

describe('relationsOf', () => {
  it('adds the counterpart of a two-way relationship, named after the parent collection by default', () => {
    const [child] = relationsOf(collections, library);
    expect(child).toMatchObject({ key: 'person', side: 'child', relatedCollection: 'person', twoWayKey: 'library', onDelete: 'restrict', parentKey: 'library' });
    // A one-way relationship has no counterpart.
    expect(relationsOf(collections, tag)).toEqual([]);
    expect(effectiveCollection(collections, library).attributes?.map((attribute) => attribute.key)).toEqual(['title', 'person']);
  });

  it('reads the CLI format, where the counterpart is also declared with side "child", without doubling it', () => {
    const declared: CollectionConfig = {
      ...library,
      attributes: [...library.attributes!, { key: 'person', type: 'relationship', relatedCollection: 'person', relationType: 'oneToOne', twoWay: true, twoWayKey: 'library', side: 'child' }],
    };
    const view = effectiveCollection([person, declared, tag], declared);
    expect(view.attributes?.map((attribute) => [attribute.key, attribute.side])).toEqual([['title', undefined], ['person', 'child']]);
  });

  it('tells which sides hold lists', () => {
    const sides = (type: string) => relationsOf([{ ...person, attributes: [{ key: 'x', type: 'relationship', relatedCollection: 'library', relationType: type, twoWay: true }] }, library], library)[0]!;
    expect(holdsMany(sides('oneToMany'))).toBe(false);
    expect(holdsMany(sides('manyToOne'))).toBe(true);
    expect(holdsMany({ ...sides('oneToMany'), side: 'parent' })).toBe(true);
  });
});

describe('relationshipDeclarationError', () => {
  it.each([
    [{ key: 'LIBRARY', relatedCollection: 'tag', relationType: 'oneToOne' }, /already exists/],
    [{ key: 'other', relatedCollection: 'library', relationType: 'oneToMany', twoWayKey: 'person' }, /already exists/],
    [{ key: 'more', relatedCollection: 'tag', relationType: 'manyToMany', twoWayKey: 'p2' }, /more than one "manyToMany"/],
    [{ key: 'bad', relatedCollection: 'tag', relationType: 'oneToFew' }, /relationType/],
  ])('refuses %j', (attribute, message) => {
    expect(relationshipDeclarationError(collections, person, { type: 'relationship', ...attribute })).toMatch(message);
  });

  it('accepts a new key towards another collection', () => {
    expect(relationshipDeclarationError(collections, person, { key: 'friend', type: 'relationship', relatedCollection: 'person', relationType: 'manyToOne' })).toBeUndefined();
  });
});

describe('prepareQueries', () => {
  it('turns a nested select into the relationship and refuses nested filters', () => {
    const view = effectiveCollection(collections, person);
    expect(prepareQueries(view, [{ method: 'select', attribute: '', values: ['name', 'library.*', 'library.title'] }])[0]!.values).toEqual(['name', 'library']);
    expect(() => prepareQueries(view, [{ method: 'or', attribute: '', values: [{ method: 'equal', attribute: 'library.title', values: ['x'] }] }])).toThrow(
      'Cannot query nested attribute on: library',
    );
    expect(() => prepareQueries(view, [{ method: 'equal', attribute: 'tags', values: ['t1'] }])).toThrow('Cannot query on virtual relationship attribute');
    expect(prepareQueries(view, [{ method: 'equal', attribute: 'library', values: ['l1'] }])).toHaveLength(1);
  });
});
