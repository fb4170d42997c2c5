import type { AttributeConfig, CollectionConfig, ProjectFile } from './config.ts';
import { commentText, identifier, jsLiteral, propertyKey, typeNames, type TypeNames } from './names.ts';

/**
 * Output kind interface: which files one generation writes.
 */
export type OutputKind = 'ts' | 'js';

/**
 * Generated files interface: the text of each file one generation writes, by kind.
 */
export interface GeneratedFiles {
  /** The module itself: TypeScript, or JavaScript when the output is `.js`/`.mjs`. */
  readonly code: string;
  /** The declarations beside a JavaScript module; absent for TypeScript output. */
  readonly declarations?: string;
}

/**
 * Emit options interface: what the header says and which language to write.
 */
export interface EmitOptions {
  /** The source file's name as the header shows it, such as `appwrite.json`. */
  readonly source: string;
  /** The source file's sha256 in hex. */
  readonly hash: string;
  /** `ts` for one TypeScript module, `js` for a JavaScript module plus declarations. */
  readonly kind: OutputKind;
}

// One attribute, rendered once and printed three ways (TS, JS, d.ts).
interface Field {
  readonly key: string;
  readonly doc: string;
  readonly required: boolean;
  /** Whether reads may leave the key out (relationships inside a nested related document). */
  readonly readOptional: boolean;
  readonly readType: string;
  readonly dataType: string;
  readonly readSchema: string;
  readonly dataSchema: string;
  readonly patchSchema: string;
  /** How typed queries treat the attribute (`string`, `integer[]`, `virtual`…); absent when they cannot. */
  readonly queryKind: string | undefined;
}

interface Model {
  readonly collection: CollectionConfig;
  readonly names: TypeNames;
  readonly fields: readonly Field[];
}

const SYSTEM_FIELDS: readonly (readonly [string, string, string, string])[] = [
  ['$id', 'string', 'v.string()', 'The document ID.'],
  // Appwrite 1.5 leaves these two out of a list asked with `Query.select`.
  ['$collectionId', 'string', 'v.optional(v.string())', 'The ID of the collection that holds the document; absent from lists that use `Query.select`.'],
  ['$databaseId', 'string', 'v.optional(v.string())', 'The ID of the database that holds the collection; absent from lists that use `Query.select`.'],
  ['$createdAt', 'string', 'v.string()', 'When the document was created (ISO 8601).'],
  ['$updatedAt', 'string', 'v.string()', 'When the document was last changed (ISO 8601).'],
  ['$permissions', 'string[]', 'v.array(v.string())', 'The permission strings on the document.'],
];

/**
 * Describes an attribute's rule in plain words, for the client-side check (the emulator, like
 * Appwrite 1.5, refuses the same values in Appwrite's own wording).
 *
 * @param attribute The attribute.
 *
 * @returns The rule, such as `a string of at most 200 characters`.
 */
export function ruleOf(attribute: AttributeConfig): string {
  const range = (low: number, high: number) => `between ${attribute.min ?? low} and ${attribute.max ?? high}`;
  const bounded = attribute.min !== undefined || attribute.max !== undefined;
  switch (attribute.format || attribute.type) {
    case 'string':
      return attribute.size === undefined ? 'a string' : `a string of at most ${attribute.size} characters`;
    case 'integer':
      return bounded ? `an integer ${range(Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)}` : 'an integer';
    case 'double':
    case 'float':
      return bounded ? `a number ${range(-Number.MAX_VALUE, Number.MAX_VALUE)}` : 'a number';
    case 'boolean':
      return 'a boolean';
    case 'datetime':
      return 'an ISO 8601 date';
    case 'email':
      return 'an email address';
    case 'enum':
      return `one of: ${(attribute.elements ?? []).join(', ')}`;
    case 'url':
      return 'an http(s) URL';
    case 'ip':
      return 'an IPv4 or IPv6 address';
    case 'relationship':
      return 'a related document or its ID';
    default:
      return `a ${attribute.type}`;
  }
}

// Whether a relationship attribute holds a list, from its type and the end it sits on.
function isToMany(attribute: AttributeConfig): boolean {
  const type = attribute.relationType ?? 'oneToOne';
  if (type === 'manyToMany') return true;
  if (type === 'oneToOne') return false;
  const child = attribute.side === 'child';
  return type === 'oneToMany' ? !child : child;
}

// What typed queries may do with an attribute, as `@aw/core`'s `AttributeKind` names it. Appwrite
// 1.5 refuses every filter on the "many" end of a relationship and on the child of a one-way one.
function queryKindOf(attribute: AttributeConfig): string | undefined {
  if (attribute.type === 'relationship') {
    const oneWayChild = (attribute.relationType ?? 'oneToOne') === 'oneToOne' && attribute.side === 'child' && (attribute as { twoWay?: unknown }).twoWay === false;
    return isToMany(attribute) || oneWayChild ? 'virtual' : 'relationship';
  }
  const kinds: Record<string, string> = { integer: 'integer', double: 'float', float: 'float', boolean: 'boolean', datetime: 'datetime' };
  const kind = attribute.type === 'string' ? (attribute.format === 'enum' ? 'enum' : 'string') : Object.hasOwn(kinds, attribute.type) ? kinds[attribute.type] : undefined;
  return kind && attribute.array === true ? `${kind}[]` : kind;
}

function literal(value: unknown): string {
  return jsLiteral(value);
}

function scalar(attribute: AttributeConfig, related: Model | undefined, ts: boolean): { type: string; dataType: string; read: string; data: string } {
  const message = literal(`it must be ${ruleOf(attribute)}`);
  const bounds = () =>
    [
      attribute.min === undefined ? '' : `, v.minValue(${literal(attribute.min)}, ${message})`,
      attribute.max === undefined ? '' : `, v.maxValue(${literal(attribute.max)}, ${message})`,
    ].join('');
  const sized = attribute.size === undefined ? '' : `, v.maxLength(${literal(attribute.size)}, ${message})`;
  const same = (type: string, schema: string) => ({ type, dataType: type, read: schema, data: schema });
  switch (attribute.type) {
    case 'string':
      switch (attribute.format) {
        case 'email':
          return same('string', `v.pipe(v.string(${message})${sized}, v.email(${message}))`);
        case 'url':
          return same('string', `v.pipe(v.string(${message})${sized}, v.check(isHttpUrl, ${message}))`);
        case 'ip':
          return same('string', `v.pipe(v.string(${message})${sized}, v.ip(${message}))`);
        case 'enum': {
          const elements = attribute.elements ?? [];
          const type = elements.length ? elements.map(literal).join(' | ') : 'never';
          return same(type, `v.picklist(${literal(elements)}, ${message})`);
        }
        default:
          return same('string', sized ? `v.pipe(v.string(${message})${sized})` : `v.string(${message})`);
      }
    case 'integer':
      return same('number', `v.pipe(v.number(${message}), v.integer(${message})${bounds()})`);
    case 'double':
    case 'float':
      return same('number', `v.pipe(v.number(${message}), v.finite(${message})${bounds()})`);
    case 'boolean':
      return same('boolean', `v.boolean(${message})`);
    case 'datetime':
      return same('string', `v.pipe(v.string(${message}), v.check(isDate, ${message}))`);
    case 'relationship': {
      // Appwrite returns the related document; a server that did not expand it returns its ID.
      const document = related ? related.names.document : 'UnknownDocument';
      const documentSchema = related ? `v.lazy(() => ${related.names.documentSchema})` : 'v.looseObject(systemEntries)';
      const dataType = related ? `RelatedData<${related.names.data}>` : 'RelatedData<Record<string, unknown>>';
      return {
        type: `${document} | string`,
        dataType,
        read: `v.union([${documentSchema}, v.string()], ${message})`,
        data: `v.union([v.string(), v.custom${ts ? `<${dataType}>` : ''}(isObject)], ${message})`,
      };
    }
    default:
      return { type: 'unknown', dataType: 'unknown', read: 'v.unknown()', data: 'v.unknown()' };
  }
}

function fieldOf(attribute: AttributeConfig, related: Model | undefined, ts: boolean): Field {
  const { type, dataType, read, data } = scalar(attribute, related, ts);
  const many = attribute.type === 'relationship' ? isToMany(attribute) : attribute.array === true;
  const list = (item: string) => (item.includes(' ') ? `(${item})[]` : `${item}[]`);
  const arrayMessage = literal('it must be an array');
  const readInner = many ? `v.array(${read}, ${arrayMessage})` : read;
  const dataInner = many ? `v.array(${data}, ${arrayMessage})` : data;
  const readType = many ? list(type) : type;
  const dataItemType = many ? list(dataType) : dataType;
  const required = attribute.required === true;
  const hasDefault = attribute.default !== undefined && attribute.default !== null;
  const docs = [many ? `A list; each item must be ${ruleOf(attribute)}.` : `Must be ${ruleOf(attribute)}.`];
  if (attribute.type === 'relationship') docs.push(`Relates to \`${attribute.relatedCollection}\` (${attribute.relationType ?? 'oneToOne'}).`);
  docs.push(required ? 'Required.' : 'Optional; `null` when unset.');
  // Appwrite leaves a relationship out of a related document nested in another one when it leads
  // back the way the read came, or past the nesting depth; at the top level it is always there.
  const relation = attribute.type === 'relationship';
  if (relation) docs.push('Left out of a related document nested in another one when it leads back or too deep.');
  if (hasDefault) docs.push(`Defaults to \`${literal(attribute.default)}\`.`);
  return {
    key: attribute.key,
    doc: docs.join(' '),
    required,
    readOptional: relation,
    readType: required ? readType : `${readType} | null`,
    dataType: required ? dataItemType : `${dataItemType} | null`,
    readSchema: ((schema) => (relation ? `v.optional(${schema})` : schema))(required ? readInner : `v.nullable(${readInner})`),
    dataSchema: required ? dataInner : `v.optional(v.nullable(${dataInner})${hasDefault ? `, ${literal(attribute.default)}` : ''})`,
    patchSchema: required ? `v.optional(${dataInner})` : `v.optional(v.nullable(${dataInner}))`,
    queryKind: queryKindOf(attribute),
  };
}

function modelsOf(project: ProjectFile, ts: boolean): Model[] {
  const collections = [...(project.collections ?? [])].sort(
    (a, b) => compare(a.databaseId, b.databaseId) || compare(a.$id, b.$id),
  );
  const names = typeNames(collections);
  const shells = collections.map((collection, index) => ({ collection, names: names[index]!, fields: [] as Field[] }));
  // A relationship names its related collection by ID; prefer one in the same database.
  const find = (databaseId: string, id: string | undefined) =>
    shells.find((m) => m.collection.$id === id && m.collection.databaseId === databaseId) ?? shells.find((m) => m.collection.$id === id);
  for (const model of shells) {
    for (const attribute of model.collection.attributes ?? []) {
      model.fields.push(fieldOf(attribute, attribute.type === 'relationship' ? find(model.collection.databaseId, attribute.relatedCollection) : undefined, ts));
    }
  }
  return shells;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function comment(text: string, indent = ''): string {
  return `${indent}/** ${commentText(text)} */`;
}

function block(lines: readonly string[], indent = ''): string {
  return [`${indent}/**`, ...lines.map((line) => (line ? `${indent} * ${commentText(line)}` : `${indent} *`)), `${indent} */`].join('\n');
}

function interfaceOf(name: string, doc: string, members: readonly string[], extendsClause = ''): string {
  return `${block([doc])}\nexport interface ${name}${extendsClause} {${members.length ? `\n${members.join('\n')}\n` : ''}}`;
}

function entries(fields: readonly Field[], pick: (field: Field) => string): string {
  return fields.length ? `{\n${fields.map((field) => `  ${propertyKey(field.key)}: ${pick(field)},`).join('\n')}\n}` : '{}';
}

/**
 * Creates the generated module(s) for every collection of a project file.
 *
 * @param project The parsed `appwrite.json`.
 * @param options The header facts and output language.
 *
 * @returns The generated files' text.
 */
export function emitCollections(project: ProjectFile, options: EmitOptions): GeneratedFiles {
  const ts = options.kind === 'ts';
  const models = modelsOf(project, ts);
  const header = `// Code generated by aw-typegen from ${commentText(options.source)} (sha256:${options.hash.slice(0, 16)}). DO NOT EDIT.`;
  // Strip the type-only parts of a TS line for the JS module.
  const annotate = (typed: string, plain: string) => (ts ? typed : plain);

  const types: string[] = [];
  const values: string[] = [];
  const declarations: string[] = [];

  types.push(
    interfaceOf(
      'DocumentSystemFields',
      'The fields Appwrite adds to every document.',
      SYSTEM_FIELDS.map(([key, type, schema, doc]) => `${comment(doc, '  ')}\n  ${key}${schema.startsWith('v.optional') ? `?: ${type} | undefined` : `: ${type}`};`),
    ),
    `${block(['A document of a collection this file does not describe.'])}\nexport type UnknownDocument = DocumentSystemFields & Record<string, unknown>;`,
    `${block(['A related document in create or update data: its ID, or its fields (with an optional `$id`).'])}\nexport type RelatedData<TData> = string | ({ $id?: string } & Partial<TData>);`,
  );
  values.push(
    `const systemEntries = {\n${SYSTEM_FIELDS.map(([key, , schema]) => `  ${key}: ${schema},`).join('\n')}\n};`,
    annotate(
      'const isDate = (value: string): boolean => !Number.isNaN(Date.parse(value));',
      'const isDate = (value) => !Number.isNaN(Date.parse(value));',
    ),
    annotate(
      "const isHttpUrl = (value: string): boolean => /^https?:\\/\\/[^/]/i.test(value) && URL.canParse(value);",
      "const isHttpUrl = (value) => /^https?:\\/\\/[^/]/i.test(value) && URL.canParse(value);",
    ),
    annotate(
      "const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);",
      "const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);",
    ),
    // valibot reports a missing key, an unknown key and a non-object through the object's message.
    annotate(
      "const objectMessage = (issue: v.BaseIssue<unknown>): string =>\n  issue.expected === 'never' ? 'it is not an attribute of this collection' : issue.input === undefined && issue.path ? 'it is required' : 'it must be an object';",
      "const objectMessage = (issue) =>\n  issue.expected === 'never' ? 'it is not an attribute of this collection' : issue.input === undefined && issue.path ? 'it is required' : 'it must be an object';",
    ),
  );

  for (const { collection, names, fields } of models) {
    const where = `\`${collection.$id}\` in database \`${collection.databaseId}\``;
    const title = collection.name ? ` (${collection.name})` : '';
    // Optional members also allow `undefined`: valibot's optional schemas infer it, so the schemas
    // match these types under `exactOptionalPropertyTypes` as well as without it.
    types.push(
      interfaceOf(
        names.fields,
        `The fields of a document of ${where}${title}, as the server returns them.`,
        fields.map((field) => `${comment(field.doc, '  ')}\n  ${propertyKey(field.key)}${field.readOptional ? `?: ${field.readType} | undefined` : `: ${field.readType}`};`),
      ),
      interfaceOf(
        names.data,
        `The data that creates a document of ${where}: required attributes must be present; the others may be left out.`,
        fields.map((field) => `${comment(field.doc, '  ')}\n  ${propertyKey(field.key)}${field.required ? `: ${field.dataType}` : `?: ${field.dataType} | undefined`};`),
      ),
      `${block([`The data that updates a document of ${where}: any subset of its attributes.`])}\nexport type ${names.patch} = { [Key in keyof ${names.data}]?: ${names.data}[Key] | undefined };`,
      interfaceOf(names.document, `A document of ${where}: its system fields and its own fields.`, [], ` extends DocumentSystemFields, ${names.fields}`),
    );
    const entriesName = `${identifier(names.fields, 'lower')}Entries`;
    const schemaDecl = (name: string, type: string, doc: string[], expression: string) => {
      values.push(`${block(doc)}\nexport const ${name}${annotate(`: ${type}`, '')} = ${expression};`);
      declarations.push(`${block(doc)}\nexport declare const ${name}: ${type};`);
    };
    values.push(`const ${entriesName} = ${entries(fields, (field) => field.readSchema)};`);
    schemaDecl(
      names.schema,
      `v.GenericSchema<${names.fields}>`,
      [`Validates the fields of a document of ${where}; pass it as \`{ schema }\` to the document operations of \`@aw/databases\`.`],
      `v.object(${entriesName})`,
    );
    schemaDecl(
      names.documentSchema,
      `v.GenericSchema<${names.document}>`,
      [`Validates a whole document of ${where}, system fields included.`],
      `v.object({ ...systemEntries, ...${entriesName} })`,
    );
    schemaDecl(
      names.dataSchema,
      `v.GenericSchema<${names.data}>`,
      [`Validates the data that creates a document of ${where}: refuses unknown keys, missing required attributes and values that break a rule.`, 'Its output fills in the defaults the server would store.'],
      `v.strictObject(${entries(fields, (field) => field.dataSchema)}, objectMessage)`,
    );
    schemaDecl(
      names.patchSchema,
      `v.GenericSchema<${names.patch}>`,
      [`Validates the data that updates a document of ${where}: any subset of its attributes, each checked by its rule.`],
      `v.strictObject(${entries(fields, (field) => field.patchSchema)}, objectMessage)`,
    );
    // Declared after the schemas it holds. Its `'~types'` exists only in types: it is how a document
    // operation given the descriptor (as its params or spread into them) knows the collection.
    const descriptorDoc = [
      `The collection ${where}, typed: pass it as a document operation's params, or spread it into them,`,
      'and `data`, `queries` and the result are typed; `data` is checked with its schemas before anything is sent.',
      '',
      '@example',
      '```ts',
      `const page = await listUserDocuments(client, ${names.ids});`,
      '```',
    ];
    // Only attributes that exist and hold strings can be searched.
    const searchable = (collection.fulltext ?? []).filter((key) => fields.some((field) => field.key === key && (field.queryKind === 'string' || field.queryKind === 'enum')));
    const attributeKinds = fields.filter((field) => field.queryKind !== undefined).map((field) => `      readonly ${propertyKey(field.key)}: ${literal(field.queryKind)};`);
    const descriptorType = [
      '{',
      `  readonly databaseId: ${literal(collection.databaseId)};`,
      `  readonly collectionId: ${literal(collection.$id)};`,
      `  readonly '~schemas': { readonly data: v.GenericSchema<${names.data}>; readonly patch: v.GenericSchema<${names.patch}> };`,
      `  readonly '~types'?: {`,
      `    readonly document: ${names.document};`,
      `    readonly data: ${names.data};`,
      `    readonly patch: ${names.patch};`,
      attributeKinds.length ? `    readonly attributes: {\n${attributeKinds.join('\n')}\n    };` : '    readonly attributes: {};',
      `    readonly fulltext: ${searchable.length ? searchable.map(literal).join(' | ') : 'never'};`,
      '  };',
      '}',
    ].join('\n');
    const descriptor = `{ databaseId: ${literal(collection.databaseId)}, collectionId: ${literal(collection.$id)}, '~schemas': { data: ${names.dataSchema}, patch: ${names.patchSchema} } }`;
    values.push(`${block(descriptorDoc)}\nexport const ${names.ids}${annotate(`: ${descriptorType}`, '')} = ${descriptor};`);
    declarations.push(`${block(descriptorDoc)}\nexport declare const ${names.ids}: ${descriptorType};`);
  }

  const body = ts ? [...types, ...values] : values;
  const code = `${header}\nimport * as v from 'valibot';\n\n${body.join('\n\n')}\n`;
  if (ts) return { code };
  return { code, declarations: `${header}\nimport type * as v from 'valibot';\n\n${[...types, ...declarations].join('\n\n')}\n` };
}
