// Emits the param schemas that many operations share (IDs, phone numbers, colours)
// into @aw/core, so a bundle of many operations holds each rule once instead of once per param.

/** Param kinds whose schema is the same expression wherever it appears, and the core export for each. */
export const SHARED_SCHEMAS = Object.freeze({
  id: '_idSchema',
  customId: '_customIdSchema',
  phone: '_phoneSchema',
  hexColor: '_hexColorSchema',
});

/**
 * Returns the core export that holds a param's schema, when its kind is shared.
 *
 * @param {{ kind: string }} rule The param's rule.
 * @returns {string | undefined} The export name.
 */
export function sharedSchemaOf(rule) {
  return Object.hasOwn(SHARED_SCHEMAS, rule.kind) ? SHARED_SCHEMAS[/** @type {keyof typeof SHARED_SCHEMAS} */ (rule.kind)] : undefined;
}

/**
 * Emits core's module of shared param schemas from the rules the operations use.
 *
 * @param {import('./normalize.mjs').NormalizedOperation[]} operations Every operation.
 * @param {string} header The generated-file header line.
 * @returns {string} The file contents.
 * @throws {Error} When two params of one shared kind have different schemas.
 */
export function emitParamSchemas(operations, header) {
  /** @type {Map<string, string>} */
  const schemas = new Map();
  for (const operation of operations) {
    for (const { rule } of operation.params) {
      const name = sharedSchemaOf(rule);
      if (!name) continue;
      if (schemas.has(name) && schemas.get(name) !== rule.schema) throw new Error(`params of kind ${rule.kind} have different schemas: ${schemas.get(name)} and ${rule.schema}`);
      schemas.set(name, rule.schema);
    }
  }
  const lines = [header, "import * as v from 'valibot';", ''];
  for (const name of Object.values(SHARED_SCHEMAS)) {
    const schema = schemas.get(name);
    if (!schema) continue;
    lines.push('/** @internal */', `export const ${name} = ${schema.replace(/\bv\.(\w+)\(/g, '/* @__PURE__ */ v.$1(')};`, '');
  }
  return lines.join('\n');
}
