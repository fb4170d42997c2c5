// Emits @aw/models: TypeScript interfaces, valibot schemas, the response-schema map and their tests.
import { fieldDocs, modelDocs } from './docs/fieldDocs.mjs';
import { propertyKey } from './names.mjs';
import { sampleModel } from './samples.mjs';
import { prefsGenericModels } from './models.mjs';

/**
 * Emits every generated file of @aw/models.
 *
 * @param {import('./models.mjs').Model[]} models The models, dependencies first.
 * @param {string} header The generated-file header line.
 * @returns {Record<string, string>} File contents by path relative to packages/models.
 */
export function emitModels(models, header) {
  return {
    'src/generated/types.ts': emitTypes(models, header),
    'src/generated/schemas.ts': emitSchemas(models, header),
    'src/generated/responseSchemas.ts': emitResponseSchemas(models, header),
    'src/generated/index.ts': `${header}\n\nexport type * as Models from './types.ts';\nexport type * from './types.ts';\nexport * from './schemas.ts';\nexport { responseSchemas } from './responseSchemas.ts';\n`,
    'test/generated/samples.ts': emitSamples(models, header),
    'test/generated/schemas.test.ts': emitSchemaTests(models, header),
    'test/generated/types.test-d.ts': emitTypeTests(models, header),
  };
}

/**
 * Describes a field in our words.
 *
 * @param {string} model The model name.
 * @param {string} field The field name.
 * @returns {string} The description.
 */
export function describeField(model, field) {
  const known = fieldDocs[`${model}.${field}`] ?? fieldDocs[field];
  if (known) return known;
  const words = field.replace(/^\$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return `The ${words}.`;
}

/** The type parameter of models generic over preferences. */
const PREFS_PARAMETER = 'TPrefs';

/**
 * @param {import('./models.mjs').FieldType} type
 * @param {Set<string>} [generic] Models generic over preferences, when the field's model is one.
 * @returns {string}
 */
function tsType(type, generic) {
  switch (type.kind) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'ref':
      if (generic && type.model === 'Preferences') return PREFS_PARAMETER;
      return generic?.has(type.model) ? `${type.model}<${PREFS_PARAMETER}>` : type.model;
    case 'union':
      return type.models.join(' | ');
    case 'array': {
      const item = tsType(type.items, generic);
      return item.includes(' ') ? `(${item})[]` : `${item}[]`;
    }
    default:
      return '{ [key: string]: unknown }';
  }
}

/**
 * @param {import('./models.mjs').FieldType} type
 * @returns {string}
 */
function schemaExpression(type) {
  switch (type.kind) {
    case 'string':
      return 'v.string()';
    case 'integer':
    case 'number':
      return 'v.number()';
    case 'boolean':
      return 'v.boolean()';
    case 'ref':
      return `${type.model}Schema`;
    case 'union':
      return `v.union([${type.models.map((model) => `${model}Schema`).join(', ')}])`;
    case 'array':
      return `v.array(${schemaExpression(type.items)})`;
    default:
      return 'v.record(v.string(), v.unknown())';
  }
}

/**
 * @param {import('./models.mjs').Model[]} models
 * @param {string} header
 * @returns {string}
 */
function emitTypes(models, header) {
  const prefsGeneric = prefsGenericModels(models);
  const blocks = models.map((model) => {
    const generic = prefsGeneric.has(model.name) ? prefsGeneric : undefined;
    const doc = [`/**`, ` * ${modelDocs[model.name] ?? `The ${model.name} model.`}`];
    if (generic) doc.push(` *`, ` * @typeParam ${PREFS_PARAMETER} The shape of the preferences, such as \`{ theme: 'dark' | 'light' }\`.`);
    const parameters = generic ? `<${PREFS_PARAMETER} extends object = Preferences>` : '';
    const fieldLines = model.fields.flatMap((field) => [
      `  /** ${describeField(model.name, field.name)} */`,
      `  ${propertyKey(field.name)}${field.required ? '' : '?'}: ${tsType(field.type, generic)}${field.nullable ? ' | null' : ''};`,
    ]);
    // A loose model with declared fields also gets them without the index signature, so a typed
    // document (`DocumentSystemFields & Todo`) refuses keys its type does not name.
    const base = model.loose && model.fields.length ? `${model.name}SystemFields` : undefined;
    if (base) {
      const baseLines = [`/**`, ` * The fields Appwrite itself sets on every ${model.name.toLowerCase()}, without the user's own.`, ` */`, `export interface ${base} {`, ...fieldLines, '}'];
      const lines = [...doc, ` */`, `export interface ${model.name}${parameters} extends ${base} {`, `  /** Any other key the server sent. */`, `  [key: string]: unknown;`, '}'];
      return `${baseLines.join('\n')}\n\n${lines.join('\n')}`;
    }
    const lines = [...doc, ` */`, `export interface ${model.name}${parameters} {`, ...fieldLines];
    if (model.loose) {
      lines.push(`  /** Any other key the server sent. */`);
      lines.push(`  [key: string]: unknown;`);
    }
    lines.push('}');
    return lines.join('\n');
  });
  return `${header}\n\n${blocks.join('\n\n')}\n`;
}

/**
 * @param {import('./models.mjs').Model[]} models
 * @param {string} header
 * @returns {string}
 */
function emitSchemas(models, header) {
  const blocks = models.map((model) => {
    const entries = model.fields.map((field) => {
      let expression = schemaExpression(field.type);
      if (field.nullable) expression = `v.nullable(${expression})`;
      if (!field.required) expression = `v.optional(${expression})`;
      return `  ${propertyKey(field.name)}: ${expression},`;
    });
    // Loose models keep keys the schema does not list (document attributes, preference keys).
    const factory = model.loose ? 'v.looseObject' : 'v.object';
    return [
      `/**`,
      ` * The ${model.name} schema: validates a \`Models.${model.name}\` response${model.loose ? ' and keeps keys it does not list' : ''}.`,
      ` */`,
      `export const ${model.name}Schema = ${factory}({${entries.length ? `\n${entries.join('\n')}\n` : ''}});`,
    ].join('\n');
  });
  return `${header}\nimport * as v from 'valibot';\n\n${blocks.join('\n\n')}\n`;
}

/**
 * @param {import('./models.mjs').Model[]} models
 * @param {string} header
 * @returns {string}
 */
function emitResponseSchemas(models, header) {
  const names = models.map((model) => model.name).sort();
  return `${header}
import {
${names.map((name) => `  ${name}Schema,`).join('\n')}
} from './schemas.ts';

/**
 * Every response model schema by model name, for \`createClient({ responseValidators: responseSchemas })\`.
 *
 * Importing it pulls all schemas into a bundle, so response validation stays opt-in.
 */
export const responseSchemas = {
${names.map((name) => `  ${name}: ${name}Schema,`).join('\n')}
};
`;
}

/**
 * @param {import('./models.mjs').Model[]} models
 * @param {string} header
 * @returns {string}
 */
function emitSamples(models, header) {
  const byName = new Map(models.map((model) => [model.name, model]));
  const names = models.map((model) => model.name).sort();
  return `${header}
import type { Models } from '../../src/index.ts';

/** The model types by name. */
export interface ModelMap {
${names.map((name) => `  ${name}: Models.${name};`).join('\n')}
}

/** One valid example of every model, as a server could send it. */
export const samples: ModelMap = {
${names.map((name) => `  ${name}: ${JSON.stringify(sampleModel(byName, name))},`).join('\n')}
};
`;
}


/**
 * @param {import('./models.mjs').Model[]} models
 * @param {string} header
 * @returns {string}
 */
function emitSchemaTests(models, header) {
  const names = models.map((model) => model.name).sort();
  const cases = names.map((name) => {
    const model = models.find((entry) => entry.name === name);
    const firstRequired = model?.fields.find((field) => field.required);
    const lines = [`  it('${name}Schema accepts a valid sample${firstRequired ? ' and rejects one missing a required field' : ''}', () => {`];
    lines.push(`    expect(v.safeParse(${name}Schema, samples.${name}).success).toBe(true);`);
    lines.push(`    expect(responseSchemas.${name}).toBe(${name}Schema);`);
    if (firstRequired) {
      lines.push(`    const { '${firstRequired.name}': _omitted, ...broken } = samples.${name};`);
      lines.push(`    expect(v.safeParse(${name}Schema, broken).success).toBe(false);`);
    }
    if (model?.loose) {
      lines.push(`    const extra = { ...samples.${name}, customField: 'kept' };`);
      lines.push(`    expect(v.parse(${name}Schema, extra)).toEqual(extra);`);
    }
    lines.push('  });');
    return lines.join('\n');
  });
  return `${header}
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  responseSchemas,
${names.map((name) => `  ${name}Schema,`).join('\n')}
} from '../../src/index.ts';
import { samples } from './samples.ts';

describe('response model schemas', () => {
  it('responseSchemas lists all ${names.length} models', () => {
    expect(Object.keys(responseSchemas).sort()).toEqual(${JSON.stringify(names)});
  });

${cases.join('\n\n')}
});
`;
}

/**
 * @param {import('./models.mjs').Model[]} models
 * @param {string} header
 * @returns {string}
 */
function emitTypeTests(models, header) {
  const names = models.map((model) => model.name).sort();
  return `${header}
import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  Models,
${names.map((name) => `  ${name}Schema,`).join('\n')}
} from '../../src/index.ts';

// \`.branded\` compares structure deeply: a loose schema's output is an intersection with an index
// signature, which TypeScript's identity check never equates with an interface that declares one.
describe('schema output types equal the model types', () => {
${names.map((name) => `  it('${name}', () => {\n    expectTypeOf<v.InferOutput<typeof ${name}Schema>>().branded.toEqualTypeOf<Models.${name}>();\n  });`).join('\n')}
});
`;
}
