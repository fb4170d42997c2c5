// Builds sample values: valid model instances for tests, and valid or invalid param values.

/**
 * Builds a valid instance of a model.
 *
 * @param {Map<string, import('./models.mjs').Model>} byName The models by name.
 * @param {string} name The model name.
 * @returns {Record<string, unknown>} The sample.
 */
export function sampleModel(byName, name) {
  const model = byName.get(name);
  if (!model) throw new Error(`unknown model ${name}`);
  /** @type {Record<string, unknown>} */
  const sample = {};
  for (const field of model.fields) sample[field.name] = sampleField(byName, field.name, field.type);
  if (model.loose && model.fields.length === 0) sample.theme = 'dark';
  if (name === 'Document') sample.title = 'Hello';
  return sample;
}

/**
 * @param {Map<string, import('./models.mjs').Model>} byName
 * @param {string} field
 * @param {import('./models.mjs').FieldType} type
 * @returns {unknown}
 */
function sampleField(byName, field, type) {
  switch (type.kind) {
    case 'string':
      if (/At$|^expire$|^registration$|^passwordUpdate$|^invited$|^joined$|^time$|Expiry$/.test(field)) return '2024-05-01T10:00:00.000+00:00';
      if (field === '$id' || /Id$/.test(field)) return `${field.replace(/^\$/, '')}-1`;
      return `${field.replace(/^\$/, '')}-value`;
    case 'integer':
      return 3;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    case 'ref':
      return sampleModel(byName, type.model);
    case 'union':
      return sampleModel(byName, type.models[0] ?? '');
    case 'array':
      return [sampleField(byName, field, type.items)];
    default:
      return { key: 'value' };
  }
}

/**
 * Picks a valid value for a param, used by the generated request tests.
 *
 * @param {{ name: string, rule: import('./rules.mjs').ParamRule }} param The param.
 * @returns {unknown} The value (a marker object for files).
 */
export function sampleParam(param) {
  const { name, rule } = param;
  switch (rule.kind) {
    case 'enum':
      return rule.enumType?.values[0];
    case 'boolean':
      return true;
    case 'integer':
    case 'number': {
      if (rule.limits.min === undefined || rule.limits.max === undefined) return 7;
      const value = rule.limits.min + (rule.limits.max - rule.limits.min) / 4;
      return rule.kind === 'integer' ? Math.floor(value) : value;
    }
    case 'array':
      if (name === 'queries') return ['{"method":"limit","values":[25]}', '{"method":"equal","attribute":"title","values":["a & b"]}'];
      if (name === 'permissions') return ['read("any")', 'update("user:ada")'];
      if (name === 'roles') return ['owner', 'editor'];
      return ['email', 'profile'];
    case 'headers':
      return { 'x-demo': 'yes' };
    case 'prefs':
      return { theme: 'dark', fontSize: 14 };
    case 'object':
      return name === 'variables' ? { id: 'abc' } : { title: 'Hello', done: false };
    case 'file':
      return { $file: 'hello.txt' };
    case 'customId':
    case 'id':
      return name === 'sessionId' ? 'current' : `${name.replace(/Id$/, '')}_1.a-b`;
    case 'email':
      return 'ada@example.com';
    case 'password':
      return 'correct horse 1';
    case 'url':
      return 'https://app.example.com/done?from=aw';
    case 'phone':
      return '+16175551212';
    case 'hexColor':
      return 'ff8800';
    case 'maxLength':
      return 'Ada Lovelace';
    case 'graphqlQuery':
      return 'query { localeGet { ip } }';
    default:
      if (name === 'path') return '/run?x=1';
      if (name === 'text') return 'hello world/?';
      return `${name}-value`;
  }
}

/**
 * Picks an invalid value for a param, or `undefined` when its rule has no clear violation.
 *
 * @param {{ name: string, rule: import('./rules.mjs').ParamRule }} param The param.
 * @returns {{ value: unknown, why: string } | undefined} The bad value and what it breaks.
 */
export function badParam(param) {
  const { rule } = param;
  switch (rule.kind) {
    case 'id':
    case 'customId':
      return { value: '-starts-with-dash', why: 'an ID starting with a special character' };
    case 'email':
      return { value: 'not-an-email', why: 'an invalid email' };
    case 'password':
      return { value: 'short', why: 'a password under 8 characters' };
    case 'url':
      return { value: 'not a url', why: 'an invalid URL' };
    case 'phone':
      return { value: '0012', why: 'a phone number without +' };
    case 'enum':
      return { value: 'not-a-member', why: 'a value outside the enum' };
    case 'maxLength':
      return { value: 'x'.repeat((rule.limits.maxLength ?? 0) + 1), why: `a string over ${rule.limits.maxLength} characters` };
    case 'integer':
      return rule.limits.max === undefined ? undefined : { value: rule.limits.max + 1, why: 'a number over the maximum' };
    case 'array':
      return rule.limits.maxItems === undefined ? undefined : { value: Array.from({ length: rule.limits.maxItems + 1 }, () => 'x'), why: `more than ${rule.limits.maxItems} items` };
    case 'prefs':
      return { value: { blob: 'x'.repeat(70000) }, why: 'prefs over 64 kB' };
    case 'hexColor':
      return { value: '#ff8800', why: 'a colour with #' };
    default:
      return undefined;
  }
}
