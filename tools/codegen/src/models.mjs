// Reads the spec's response models into a small shape the emitters and samplers share.
import { pascalCase } from './names.mjs';

/**
 * @typedef {{ kind: 'string' | 'number' | 'integer' | 'boolean' | 'unknownObject' }
 *   | { kind: 'ref', model: string }
 *   | { kind: 'array', items: FieldType }
 *   | { kind: 'union', models: string[] }} FieldType
 */

/**
 * @typedef {object} ModelField
 * @property {string} name The field name.
 * @property {FieldType} type The field type.
 * @property {boolean} required Whether the field is always present.
 * @property {boolean} nullable Whether the field may be `null`.
 */

/**
 * @typedef {object} Model
 * @property {string} key The spec's schema key (`documentList`).
 * @property {string} name The PascalCase model name (`DocumentList`).
 * @property {ModelField[]} fields The fields, in spec order.
 * @property {boolean} loose Whether the model allows extra keys.
 */

// Fields the spec marks required that Appwrite 1.5 leaves out of some answers: listDocuments with a
// `select` query answers documents without `$databaseId` and `$collectionId` unless they are selected
// (app/controllers/api/databases.php), so a schema requiring them would reject real answers.
/** @type {Record<string, string[]>} */
const SOMETIMES_ABSENT = { document: ['$databaseId', '$collectionId'] };

/**
 * Reads every response model, ordered so that a model comes after the models it uses.
 *
 * @param {any} spec The OpenAPI document.
 * @returns {Model[]} The models.
 */
export function readModels(spec) {
  const schemas = spec.components?.schemas ?? {};
  /** @type {Map<string, Model>} */
  const byName = new Map();
  for (const [key, schema] of Object.entries(schemas)) {
    const absent = new Set(SOMETIMES_ABSENT[key] ?? []);
    const required = new Set((schema.required ?? []).filter((/** @type {string} */ name) => !absent.has(name)));
    const fields = Object.entries(schema.properties ?? {}).map(([name, property]) => ({
      name,
      type: fieldType(property),
      required: required.has(name),
      nullable: property.nullable === true,
    }));
    byName.set(pascalCase(key), { key, name: pascalCase(key), fields, loose: schema.additionalProperties === true });
  }
  /** @type {Model[]} */
  const ordered = [];
  const seen = new Set();
  const visit = (/** @type {string} */ name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const model = byName.get(name);
    if (!model) throw new Error(`unknown model ${name}`);
    for (const field of model.fields) for (const used of usedModels(field.type)) visit(used);
    ordered.push(model);
  };
  for (const name of [...byName.keys()].sort()) visit(name);
  return ordered;
}

/**
 * @param {any} property
 * @returns {FieldType}
 */
function fieldType(property) {
  const refName = (/** @type {string} */ ref) => pascalCase(ref.split('/').pop() ?? '');
  if (property.$ref) return { kind: 'ref', model: refName(property.$ref) };
  switch (property.type) {
    case 'string':
    case 'boolean':
    case 'integer':
    case 'number':
      return { kind: property.type };
    case 'array':
      return { kind: 'array', items: fieldType(property.items ?? {}) };
    case 'object':
      // The spec writes nested models as `type: object` with the model (or a oneOf) under `items`.
      if (property.items?.$ref) return { kind: 'ref', model: refName(property.items.$ref) };
      if (Array.isArray(property.items?.oneOf)) return { kind: 'union', models: property.items.oneOf.map((/** @type {any} */ item) => refName(item.$ref)) };
      return { kind: 'unknownObject' };
    default:
      if (property.items?.$ref) return { kind: 'ref', model: refName(property.items.$ref) };
      return { kind: 'unknownObject' };
  }
}

/**
 * Lists the models a field type refers to.
 *
 * @param {FieldType} type The field type.
 * @returns {string[]} The model names.
 */
export function usedModels(type) {
  if (type.kind === 'ref') return [type.model];
  if (type.kind === 'union') return type.models;
  if (type.kind === 'array') return usedModels(type.items);
  return [];
}

/**
 * Lists the models that are generic over the preferences type: those with a `Preferences` field,
 * and those that hold such a model (`TeamList` holds `Team`). The official SDK types
 * `User<Preferences>` and `Team<Preferences>` the same way.
 *
 * @param {Model[]} models The models, dependencies first.
 * @returns {Set<string>} The names of the generic models.
 */
export function prefsGenericModels(models) {
  const generic = new Set();
  for (const model of models) {
    const uses = model.fields.flatMap((field) => usedModels(field.type));
    if (uses.some((name) => name === 'Preferences' || generic.has(name))) generic.add(model.name);
  }
  return generic;
}
