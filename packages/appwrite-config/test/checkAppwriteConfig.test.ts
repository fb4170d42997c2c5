import { describe, expect, it } from 'vitest';
import { AppwriteConfigError, checkAppwriteConfigText, checkAppwriteConfigValue, nearest, readAppwriteConfig } from '../src/index.ts';

// A recipes project with one attribute line per case; `attribute` replaces the marked line (line 7).
function recipes(attribute: string, extra = ''): string {
  return [
    '{',
    '  "projectId": "recipes",',
    '  "databases": [{ "$id": "food", "name": "Food" }],',
    '  "collections": [',
    '    { "$id": "recipes", "databaseId": "food", "name": "Recipes", "attributes": [',
    '      { "key": "title", "type": "string", "size": 100, "required": true },',
    `      ${attribute.replace(/,$/, '')}`,
    '    ] },',
    `    { "$id": "authors", "databaseId": "food", "name": "Authors", "attributes": [] }${extra}`,
    '  ]',
    '}',
  ].join('\n');
}

function firstProblem(text: string): string {
  const problems = checkAppwriteConfigText(text, 'appwrite.json');
  expect(problems.length).toBeGreaterThan(0);
  return `${problems[0]!.where}: ${problems[0]!.reason}`;
}

describe('checkAppwriteConfigText accepts', () => {
  it('a config with every 1.5 attribute type', () => {
    const text = recipes(
      [
        '{ "key": "minutes", "type": "integer", "min": 0, "max": 600, "default": 30 },',
        '{ "key": "rating", "type": "double", "min": 0, "max": 5 },',
        '{ "key": "vegan", "type": "boolean", "default": false },',
        '{ "key": "email", "type": "string", "format": "email", "size": 254 },',
        '{ "key": "site", "type": "string", "format": "url", "size": 2000 },',
        '{ "key": "ip", "type": "string", "format": "ip", "size": 39 },',
        '{ "key": "difficulty", "type": "string", "format": "enum", "elements": ["easy", "hard"], "default": "easy" },',
        '{ "key": "tags", "type": "string", "array": true, "size": 20, "default": null },',
        '{ "key": "cookedAt", "type": "datetime", "format": "", "default": "2024-01-01T00:00:00.000+00:00" },',
        '{ "key": "ratio", "type": "float" },',
        '{ "key": "author", "type": "relationship", "relatedCollection": "authors", "relationType": "manyToOne", "side": "parent", "onDelete": "setNull", "twoWay": false, "twoWayKey": "recipes" }',
      ].join('\n'),
    );
    expect(checkAppwriteConfigText(text, 'appwrite.json')).toEqual([]);
    expect(readAppwriteConfig(text, 'appwrite.json')).toMatchObject({ projectId: 'recipes' });
  });

  it('an empty project and a project without collections', () => {
    expect(checkAppwriteConfigText('{}', 'appwrite.json')).toEqual([]);
    expect(checkAppwriteConfigText('{ "projectId": "x", "functions": [] }', 'appwrite.json')).toEqual([]);
  });
});

describe('checkAppwriteConfigText refuses, naming file:line:column', () => {
  it.each([
    ['a JSON syntax error', '{\n  "projectId": "x",\n  "collections": [,]\n}', 'appwrite.json:3:19: not valid JSON (value expected).'],
    ['a trailing comma', '{\n  "projectId": "x",\n}', 'appwrite.json:3:1: not valid JSON (property name expected).'],
    ['an empty file', '', 'appwrite.json:1:1: not valid JSON (value expected).'],
    ['a file that is not an object', '[1]', 'appwrite.json:1:1: an appwrite.json holds one JSON object ({ "projectId": … }).'],
    ['collections that are not a list', '{ "collections": {} }', 'appwrite.json:1:18: "collections" must be a list.'],
    ['a collection without databaseId', '{ "collections": [{ "$id": "x" }] }', 'appwrite.json:1:19: a collection needs "databaseId" (a non-empty string).'],
    ['a duplicate JSON key', '{ "projectId": "a",\n  "projectId": "b" }', 'appwrite.json:2:3: "projectId" appears twice in this object (first at line 1); JSON keeps only the last, so remove one.'],
  ])('%s', (_, text, message) => expect(firstProblem(text)).toBe(message));

  it.each([
    [
      'an unknown attribute type, suggesting the nearest',
      '{ "key": "minutes", "type": "int" },',
      'appwrite.json:7:35: "int" is not an attribute type; use one of string, integer, double, boolean, datetime or relationship (did you mean "integer"?).',
    ],
    [
      'a misspelt attribute type',
      '{ "key": "vegan", "type": "boolen" },',
      'appwrite.json:7:33: "boolen" is not an attribute type; use one of string, integer, double, boolean, datetime or relationship (did you mean "boolean"?).',
    ],
    [
      'a format written as the type',
      '{ "key": "mail", "type": "email" },',
      'appwrite.json:7:32: "email" is not an attribute type but a string format: write "type": "string", "format": "email".',
    ],
    ['an attribute without a type', '{ "key": "minutes" },', 'appwrite.json:7:7: attribute "minutes" needs a "type": one of string, integer, double, boolean, datetime or relationship.'],
    [
      'an unknown string format',
      '{ "key": "mail", "type": "string", "format": "emial" },',
      'appwrite.json:7:52: "emial" is not a string format; use email, url, ip or enum, or leave it empty (did you mean "email"?).',
    ],
    [
      'a format on a number',
      '{ "key": "n", "type": "integer", "format": "email" },',
      'appwrite.json:7:50: attribute "n": "format" applies to string attributes only; leave it out of a integer attribute.',
    ],
    [
      'an enum without elements',
      '{ "key": "difficulty", "type": "string", "format": "enum" },',
      'appwrite.json:7:58: enum attribute "difficulty" needs "elements": a non-empty list of the allowed strings.',
    ],
    [
      'an enum with an empty list of elements',
      '{ "key": "difficulty", "type": "string", "format": "enum", "elements": [] },',
      'appwrite.json:7:78: enum attribute "difficulty" needs "elements": a non-empty list of the allowed strings.',
    ],
    [
      'an enum element that is not a string',
      '{ "key": "difficulty", "type": "string", "format": "enum", "elements": ["easy", 2] },',
      'appwrite.json:7:87: enum attribute "difficulty": each element must be a non-empty string.',
    ],
    [
      'a relatedCollection that does not exist',
      '{ "key": "author", "type": "relationship", "relatedCollection": "autors", "relationType": "manyToOne" },',
      'appwrite.json:7:71: relationship attribute "author": database "food" has no collection "autors" (did you mean "authors"?).',
    ],
    [
      'a relationship without relatedCollection',
      '{ "key": "author", "type": "relationship" },',
      'appwrite.json:7:7: relationship attribute "author" needs "relatedCollection": the ID of a collection in the same database.',
    ],
    [
      'an unknown relation type',
      '{ "key": "author", "type": "relationship", "relatedCollection": "authors", "relationType": "manyToSome" },',
      'appwrite.json:7:98: relationship attribute "author": "relationType" must be "oneToOne", "oneToMany", "manyToOne" or "manyToMany" (did you mean "manyToOne"?).',
    ],
    [
      'a duplicate attribute key',
      '{ "key": "title", "type": "string", "size": 10 },',
      'appwrite.json:7:16: collection "recipes" already has an attribute "title" (at line 6); attribute keys must be unique within a collection.',
    ],
    [
      'a key that claims a system field',
      '{ "key": "$id", "type": "string" },',
      'appwrite.json:7:16: attribute "$id": keys starting with "$" are kept for the system fields Appwrite adds ($id, $createdAt …).',
    ],
    ['an empty key', '{ "key": "", "type": "string" },', 'appwrite.json:7:16: an attribute needs a "key" (a non-empty string).'],
    ['a min above max', '{ "key": "n", "type": "integer", "min": 10, "max": 5 },', 'appwrite.json:7:47: attribute "n": "min" (10) is greater than "max" (5).'],
    ['a fractional integer bound', '{ "key": "n", "type": "integer", "min": 0.5 },', 'appwrite.json:7:47: attribute "n": "min" must be a whole number.'],
    ['a number too large to be one', '{ "key": "n", "type": "double", "max": 1e400 },', 'appwrite.json:7:46: attribute "n": "max" must be a finite number.'],
    ['a negative size', '{ "key": "s", "type": "string", "size": -1 },', 'appwrite.json:7:47: attribute "s": "size" must be a whole number of at least 0.'],
    ['a required flag that is not a boolean', '{ "key": "s", "type": "string", "required": "yes" },', 'appwrite.json:7:51: attribute "s": "required" must be true or false.'],
    [
      'a default of the wrong type',
      '{ "key": "minutes", "type": "integer", "default": "abc" },',
      'appwrite.json:7:57: attribute "minutes": the default must be a whole number, like the attribute.',
    ],
    [
      'a default outside the enum',
      '{ "key": "d", "type": "string", "format": "enum", "elements": ["a"], "default": "b" },',
      'appwrite.json:7:87: attribute "d": the default "b" is not one of the elements ("a").',
    ],
    [
      'a default on a required attribute',
      '{ "key": "n", "type": "integer", "required": true, "default": 1 },',
      'appwrite.json:7:69: attribute "n": a required attribute cannot have a default (Appwrite refuses it); make it optional or drop the default.',
    ],
    ['a default on a list', '{ "key": "t", "type": "string", "array": true, "default": "x" },', 'appwrite.json:7:65: attribute "t": a list attribute cannot have a default (Appwrite refuses it).'],
    ['a default that is not a date', '{ "key": "at", "type": "datetime", "default": "soon" },', 'appwrite.json:7:53: attribute "at": the default must be an ISO 8601 date string.'],
  ])('%s', (_, attribute, message) => expect(firstProblem(recipes(attribute))).toBe(message));

  it('a duplicate collection ID in one database', () => {
    const text = recipes('{ "key": "n", "type": "integer" }', ',\n    { "$id": "recipes", "databaseId": "food", "name": "Again" }');
    expect(firstProblem(text)).toBe('appwrite.json:10:14: database "food" already has a collection "recipes" (at line 5); collection IDs must be unique within a database.');
  });

  it('a relationship to a collection of another database', () => {
    const text = recipes('{ "key": "a", "type": "relationship", "relatedCollection": "people" }', ',\n    { "$id": "people", "databaseId": "hr", "name": "People" }');
    expect(firstProblem(text)).toBe('appwrite.json:7:66: relationship attribute "a": collection "people" is in database "hr", not "food"; a relationship stays within one database.');
  });

  it('the same collection ID in two databases is fine', () => {
    const text = recipes('{ "key": "n", "type": "integer" }', ',\n    { "$id": "recipes", "databaseId": "archive", "name": "Old" }');
    expect(checkAppwriteConfigText(text, 'appwrite.json')).toEqual([]);
  });

  it('lists every problem, bounded, and throws the first as the message', () => {
    const attributes = Array.from({ length: 80 }, (_, i) => `{ "key": "k${i}", "type": "int" }`).join(',\n');
    const text = `{ "collections": [{ "$id": "c", "databaseId": "d", "attributes": [\n${attributes}\n] }] }`;
    const problems = checkAppwriteConfigText(text, 'big.json');
    expect(problems).toHaveLength(50);
    expect(problems[1]!.where).toBe('big.json:3:24');
    let error: unknown;
    try {
      readAppwriteConfig(text, 'big.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppwriteConfigError);
    expect((error as AppwriteConfigError).message).toBe(`big.json:2:24: ${problems[0]!.reason}`);
    expect((error as AppwriteConfigError).message).not.toContain('\n');
  });

  it('keeps user text on one line in a message', () => {
    const problems = checkAppwriteConfigText('{ "collections": [{ "$id": "c", "databaseId": "d", "attributes": [{ "key": "a\\u2028b\\nc", "type": "x" }] }] }', 'f.json');
    expect(problems[0]!.reason).toBe(`"a\\u2028b\\nc" is not a valid attribute key: ${KEY_RULE}.`);
    expect(problems[0]!.reason).not.toMatch(/[\n\u2028]/);
  });
});

const KEY_RULE = 'Appwrite takes 1 to 36 letters, digits, ".", "-" or "_", not starting with ".", "-" or "_"';

describe('IDs and keys follow the rule Appwrite 1.5 applies', () => {
  const config = (collection: string, key: string, database = 'food') =>
    JSON.stringify({ databases: [{ $id: database, name: 'Food' }], collections: [{ $id: collection, databaseId: database, name: 'any name: ü \u2028 \ud800 __proto__', attributes: [{ key, type: 'string', size: 10 }] }] });

  it.each(['__proto__', '_id', '.hidden', '-x', 'a'.repeat(37), 'a b', 'ü', 'a/b', 'unique()', '\u2028'])('refuses the attribute key %j', (key) => {
    expect(checkAppwriteConfigText(config('books', key), 'appwrite.json').map((problem) => problem.reason)).toEqual([`${quoteLike(key)} is not a valid attribute key: ${KEY_RULE}.`]);
  });

  it.each(['__proto__', 'book data', 'x'.repeat(37), '_private'])('refuses the collection and database ID %j', (id) => {
    const reasons = checkAppwriteConfigText(config(id, 'title', id), 'appwrite.json').map((problem) => problem.reason);
    expect(reasons).toContain(`${quoteLike(id)} is not a valid collection ID: ${KEY_RULE}.`);
    expect(reasons).toContain(`${quoteLike(id)} is not a valid database ID: ${KEY_RULE}.`);
  });

  it.each(['constructor', 'toString', 'then', 'Record', '1abc', 'a.b-c_d', 'A'.repeat(36), 'x'])('accepts %j as an ID and a key', (id) => {
    expect(checkAppwriteConfigText(config(id, id, id), 'appwrite.json')).toEqual([]);
  });

  it('checks the IDs of buckets, teams, functions and topics and a two-way key, with file:line:column', () => {
    const text = ['{', '  "buckets": [{ "$id": "ok" }, { "$id": "_bad" }],', '  "teams": [{ "$id": "a b" }],', '  "functions": [{ "$id": "-f" }],', '  "topics": [{ "$id": ".t" }]', '}'].join('\n');
    expect(checkAppwriteConfigText(text, 'appwrite.json').map((problem) => `${problem.where}: ${problem.reason}`)).toEqual([
      `appwrite.json:2:41: "_bad" is not a valid bucket ID: ${KEY_RULE}.`,
      `appwrite.json:3:22: "a b" is not a valid team ID: ${KEY_RULE}.`,
      `appwrite.json:4:26: "-f" is not a valid function ID: ${KEY_RULE}.`,
      `appwrite.json:5:23: ".t" is not a valid topic ID: ${KEY_RULE}.`,
    ]);
    expect(firstProblem(recipes('{ "key": "a", "type": "relationship", "relatedCollection": "authors", "twoWay": true, "twoWayKey": "my recipes" }'))).toBe(
      `appwrite.json:7:106: "my recipes" is not a valid two-way key: ${KEY_RULE}.`,
    );
  });

  it('names a bad key of a config object by path', () => {
    expect(checkAppwriteConfigValue({ collections: [{ $id: 'c', databaseId: 'd', attributes: [{ key: 'constructor' }, { key: '__proto__', type: 'string' }] }] })).toEqual([
      { where: 'config at collections[0].attributes[0]', reason: 'attribute "constructor" needs a "type": one of string, integer, double, boolean, datetime or relationship.' },
      { where: 'config at collections[0].attributes[1].key', reason: `"__proto__" is not a valid attribute key: ${KEY_RULE}.` },
    ]);
  });
});

// The messages quote user text as JSON does, shortened past 60 characters.
function quoteLike(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return JSON.stringify(short).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

describe('checkAppwriteConfigValue', () => {
  it('names the place by path for a config object', () => {
    const problems = checkAppwriteConfigValue({ collections: [{ $id: 'c', databaseId: 'd', attributes: [{ key: 'n', type: 'int' }] }] });
    expect(problems.map((problem) => `${problem.where}: ${problem.reason}`)).toEqual([
      'config at collections[0].attributes[0].type: "int" is not an attribute type; use one of string, integer, double, boolean, datetime or relationship (did you mean "integer"?).',
    ]);
    expect(checkAppwriteConfigValue({ projectId: 'x', collections: [] })).toEqual([]);
    expect(checkAppwriteConfigValue([])[0]!.reason).toBe('an appwrite.json holds one JSON object ({ "projectId": … }).');
  });
});

describe('nearest', () => {
  it.each([
    ['int', 'integer'],
    ['Boolean', 'boolean'],
    ['dobule', 'double'],
    ['zzz', undefined],
  ])('%s → %s', (word, expected) => expect(nearest(word, ['string', 'integer', 'double', 'boolean', 'datetime', 'relationship'])).toBe(expected));
});

describe('AppwriteConfigError', () => {
  it('is recognised across copies of the class, and serialises its problems', () => {
    let error: unknown;
    try {
      readAppwriteConfig('{', 'f.json');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppwriteConfigError);
    expect(new Error('x')).not.toBeInstanceOf(AppwriteConfigError);
    // A copy bundled elsewhere carries the same brand.
    const other = Object.assign(new Error('y'), { [Symbol.for('@aw/appwrite-config/error')]: true });
    expect(other instanceof AppwriteConfigError).toBe(true);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'AppwriteConfigError', message: 'f.json:1:2: not valid JSON (close brace expected).', problems: [{ where: 'f.json:1:2', line: 1, column: 2, reason: 'not valid JSON (close brace expected).' }] });
  });
});
