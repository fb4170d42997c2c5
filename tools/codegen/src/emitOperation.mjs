// Emits one operation file: its params interface, its Operation description, the function,
// and (where they apply) its URL builder and alias.
import { aliases, operationDocs } from './docs/operationDocs.mjs';
import { paramDocs } from './docs/paramDocs.mjs';
import { pascalCase, propertyKey, quote } from './names.mjs';
import { sampleParam } from './samples.mjs';
import { sharedSchemaOf } from './emitParamSchemas.mjs';

/** Enums with at least this many values are checked against a values list shared by the service (see the params). */
export const LONG_ENUM = 10;

/**
 * Names the values list of a long enum: `Flag` -> `_flagValues`, `OAuthProvider` -> `_oAuthProviderValues`.
 *
 * @param {string} enumName The enum's name.
 * @returns {string} The name of the list in the service's `enumValues.ts`.
 */
export function enumValuesName(enumName) {
  return `_${enumName.charAt(0).toLowerCase()}${enumName.slice(1)}Values`;
}

/**
 * Tells whether a param is checked against a long enum's shared values list.
 *
 * @param {import('./normalize.mjs').NormalizedParam} param The param.
 * @returns {boolean} Whether it is.
 */
function isLongEnum(param) {
  return Boolean(param.rule.enumType && param.rule.enumType.values.length >= LONG_ENUM);
}

/**
 * Lists the aliases of an export name.
 *
 * @param {string} exportName The export name.
 * @returns {{ name: string, summary: string }[]} The aliases.
 */
export function aliasesOf(exportName) {
  return Object.entries(aliases)
    .filter(([, alias]) => alias.target === exportName)
    .map(([name, alias]) => ({ name, summary: alias.summary }));
}

/**
 * Lists every export an operation file has.
 *
 * @param {import('./normalize.mjs').NormalizedOperation} operation The operation.
 * @returns {string[]} The export names (values only).
 */
export function exportsOf(operation) {
  const names = [operation.exportName];
  if (operation.kind === 'blob') names.push(`${operation.exportName}Url`);
  for (const alias of aliasesOf(operation.exportName)) names.push(alias.name);
  return names;
}

/**
 * Describes one param for its JSDoc.
 *
 * @param {string} exportName The operation's export name.
 * @param {import('./normalize.mjs').NormalizedParam} param The param.
 * @param {any} defaultValue The server's default, when the spec states one.
 * @returns {string[]} The comment lines.
 */
function paramComment(exportName, param, defaultValue) {
  const text = paramDocs[`${exportName}.${param.name}`] ?? paramDocs[param.name] ?? `The ${param.name}.`;
  const lines = [text];
  const rules = [...param.rule.notes];
  const showDefault = !param.required && defaultValue !== undefined && defaultValue !== '' && !(Array.isArray(defaultValue) && defaultValue.length === 0);
  if (showDefault) rules.push(`The server uses \`${JSON.stringify(defaultValue)}\` when it is left out.`);
  if (rules.length) lines.push('', ...rules);
  return lines;
}

/**
 * Writes a JSDoc block.
 *
 * @param {string[]} lines The lines.
 * @param {string} indent The indent.
 * @returns {string} The block.
 */
function jsdoc(lines, indent = '') {
  return [`${indent}/**`, ...lines.map((line) => (line ? `${indent} * ${line}` : `${indent} *`)), `${indent} */`].join('\n');
}

/**
 * Writes a sample value as TypeScript source for an @example.
 *
 * @param {import('./normalize.mjs').NormalizedParam} param The param.
 * @returns {string} The source.
 */
function exampleValue(param) {
  if (param.rule.kind === 'customId') return 'ID.unique()';
  if (param.rule.kind === 'id') return param.name === 'sessionId' ? "'current'" : quote(`<${param.name.replace(/Id$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_ID>`);
  if (param.rule.kind === 'file') return "new File(['hello'], 'hello.txt')";
  const source = JSON.stringify(sampleParam(param)).replace(/"([A-Za-z_$][\w$]*)":/g, '$1: ').replace(/"/g, "'").replace(/,(?=\S)/g, ', ');
  return source.startsWith('{') ? `{ ${source.slice(1, -1)} }` : source;
}

/**
 * Names a result variable after its model (`Team` -> `team`).
 *
 * @param {import('./normalize.mjs').NormalizedOperation} operation
 * @returns {string}
 */
function resultName(operation) {
  if (operation.kind === 'blob') return 'image';
  if (!operation.model) return 'result';
  if (operation.model === 'Any') return 'result';
  return operation.model.charAt(0).toLowerCase() + operation.model.slice(1);
}

/**
 * Describes the resolved value.
 *
 * @param {import('./normalize.mjs').NormalizedOperation} operation
 * @returns {string}
 */
function returnsText(operation) {
  switch (operation.kind) {
    case 'none':
      return 'A promise that resolves once the server confirms (it sends no body).';
    case 'blob':
      return 'A promise of the response bytes as a `Blob`.';
    case 'oauth':
      return 'The provider sign-in URL, with every param and the project in its query string.';
    default:
      if (operation.document) return operation.model === 'DocumentList' ? 'A promise of the matching documents and their total count.' : 'A promise of the document.';
      return `A promise of the \`Models.${operation.model}\` the server sent.`;
  }
}

/**
 * Emits the source of one operation file.
 *
 * @param {import('./normalize.mjs').NormalizedOperation} operation The operation.
 * @param {any} specOperation The spec's operation object (for defaults).
 * @param {string} header The generated-file header line.
 * @param {Set<string>} [prefsGeneric] The models generic over their preferences (and `Preferences`).
 * @returns {string} The file contents.
 */
export function emitOperation(operation, specOperation, header, prefsGeneric = new Set()) {
  const { exportName, service, method, path, params, kind } = operation;
  const docs = operationDocs[exportName];
  if (!docs) throw new Error(`no summary written for ${exportName} in docs/operationDocs.mjs`);
  const paramsType = `${pascalCase(exportName)}Params`;
  const hasParams = params.length > 0;
  const allOptional = params.every((param) => !param.required);
  const defaults = defaultsOf(specOperation);
  const enums = [...new Set(params.map((param) => param.rule.enumType?.name).filter(Boolean))].sort();
  const generic = operation.document;
  // The params of a document operation take a typed collection descriptor: `TTypes` comes from its
  // `'~types'`, and `data`, `queries` and the result follow from it.
  const collection = operation.collection;
  const collectionTypes = {
    createDocument: ['CreateDataOf'],
    updateDocumentById: ['PatchDataOf'],
    listUserDocuments: ['ListQueryOf'],
    getDocumentById: ['SelectQueryOf'],
  }[exportName] ?? [];
  // Operations that answer with a user, a team or a preferences object let the caller type the
  // preferences (`getPrefs<MyPrefs>(client)`), as the official SDK's models do.
  const prefsTyped = kind === 'json' && !generic && prefsGeneric.has(operation.model);
  const prefsParam = prefsTyped && params.some((param) => param.name === 'prefs');

  // ---- imports
  // Each helper is referenced only by the operations that need it, so an app's bundle carries
  // the path encoder, the GET flattener, the form builder or the document validator only when
  // one of its operations does.
  const helpers = helpersOf(operation);
  const coreTypes = new Set(['Client']);
  const internal = new Set(['type Operation', ...Object.values(helpers)]);
  // Shared rules (IDs, phone numbers, colours) come from core, so a bundle holds each once.
  for (const param of params) if (sharedSchemaOf(param.rule)) internal.add(/** @type {string} */ (sharedSchemaOf(param.rule)));
  if (kind === 'oauth' || kind === 'blob') internal.add('buildUrl');
  if (kind === 'upload') {
    internal.add('upload');
    internal.add('type UploadOptions');
    coreTypes.add('AwPromise');
    coreTypes.add('UploadInput');
  } else if (kind !== 'oauth') {
    internal.add('request');
    coreTypes.add('AwPromise');
    coreTypes.add(generic ? 'DocumentRequestOptions' : 'RequestOptions');
  }
  if (collection) for (const name of ['CollectionSchemas', ...collectionTypes]) coreTypes.add(name);
  const lines = [header];
  lines.push(`import type { ${[...coreTypes].sort().join(', ')} } from '@aw/core';`);
  lines.push(`import { ${[...internal].sort((a, b) => a.replace('type ', '').localeCompare(b.replace('type ', ''))).join(', ')} } from '@aw/core/internal';`);
  if (operation.model && kind !== 'blob' && kind !== 'oauth') lines.push(`import type { Models } from '@aw/models';`);
  if (generic) lines.push(`import type { GenericSchema } from 'valibot';`);
  if (hasParams) lines.push(`import * as v from 'valibot';`);
  for (const name of enums) lines.push(`import type { ${name} } from './${name}.ts';`);
  const longEnums = [...new Set(params.filter(isLongEnum).map((param) => enumValuesName(param.rule.enumType.name)))].sort();
  if (longEnums.length) lines.push(`import { ${longEnums.join(', ')} } from './enumValues.ts';`);
  if (generic) lines.push(`import type { DocumentOf${operation.model === 'DocumentList' ? ', DocumentListOf' : ''} } from './documentTypes.ts';`);
  lines.push('');

  // ---- params interface
  const fieldsParam = generic && exportName !== 'listUserDocuments' && exportName !== 'getDocumentById';
  const typeParams = generic
    ? `<${[fieldsParam ? 'TFields extends object = Record<string, unknown>' : '', 'TTypes = unknown'].filter(Boolean).join(', ')}>`
    : '';
  const paramsTypeParams = prefsParam ? '<TPrefs extends object = Models.Preferences>' : typeParams;
  if (hasParams) {
    lines.push(jsdoc([`Params of {@link ${exportName}}.`]));
    lines.push(`export interface ${paramsType}${paramsTypeParams} {`);
    params.forEach((param, index) => {
      let type = param.rule.type;
      // A partial update says nothing of the whole document, so it must not decide TFields.
      if (generic && param.name === 'data') type = exportName === 'updateDocumentById' ? 'PatchDataOf<TTypes, NoInfer<TFields>>' : 'CreateDataOf<TTypes, TFields>';
      // Queries are checked against the collection, never used to guess it.
      if (generic && param.name === 'queries') type = `readonly ${exportName === 'getDocumentById' ? 'SelectQueryOf' : 'ListQueryOf'}<NoInfer<TTypes>>[]`;
      if (prefsParam && param.name === 'prefs') type = 'Readonly<TPrefs>';
      if (index > 0) lines.push('');
      lines.push(jsdoc(paramComment(exportName, param, defaults[param.name]), '  '));
      lines.push(`  readonly ${propertyKey(param.name)}${param.required ? '' : '?'}: ${type};`);
    });
    if (collection) {
      lines.push('');
      const checks = params.some((param) => param.name === 'data');
      lines.push(jsdoc([`The schemas of a typed collection descriptor (\`aw-typegen\`)${checks ? ', which check `data` before anything is sent' : ''}; never sent themselves.`], '  '));
      lines.push(`  readonly '~schemas'?: CollectionSchemas;`);
      lines.push('');
      lines.push(jsdoc(['The types of a typed collection descriptor; only the type checker reads them.'], '  '));
      lines.push(`  readonly '~types'?: ${generic ? 'TTypes' : 'unknown'};`);
    }
    lines.push('}', '');
  }

  // ---- operation description
  const operationConst = `${exportName}Operation`;
  // One module-level descriptor per operation. Keeping it on the function instead (made at the
  // first call) would save about 200 B gzip over every operation, but it writes to an exported
  // function, which fails once an app freezes (hardens) its imports.
  // No `name`: core labels errors with the method and path, which every descriptor already has.
  const entries = [`  method: '${method}',`, `  path: '${path}',`];
  if (hasParams) {
    // An upload's file is checked by core's upload engine, which takes more kinds of input than
    // a Blob (bytes, streams) and reads it in chunks; the schema checks the other params.
    const checked = kind === 'upload' ? params.filter((param) => param.rule.kind !== 'file') : params;
    const shape = checked.map((param) => {
      // A long enum's values come from one list per service (values only, no member names), so the
      // exported enum object stays out of a bundle whose app never imports it; a short one keeps
      // its list inline, which weighs less than an import.
      const values = isLongEnum(param) ? `v.picklist(${enumValuesName(param.rule.enumType.name)})` : undefined;
      const schema = sharedSchemaOf(param.rule) ?? values ?? param.rule.schema;
      return `    ${propertyKey(param.name)}: ${pure(param.required ? schema : `v.optional(${schema})`)},`;
    });
    entries.push(`  params: ${pure('v.object(')}{\n${shape.join('\n')}\n  }),`);
  }
  if (operation.model && kind !== 'blob' && kind !== 'oauth') entries.push(`  model: '${operation.model}',`);
  if (kind === 'none') entries.push(`  response: 'none',`);
  if (kind === 'blob') entries.push(`  response: 'blob',`);
  for (const [field, helper] of Object.entries(helpers)) entries.push(`  ${field}: ${helper},`);
  if (operation.graphql) {
    // Appwrite 1.5 reads SDK GraphQL calls from a `query` body key, flagged by this header.
    entries.push(`  headers: { 'x-sdk-graphql': 'true' },`);
    entries.push(`  bodyKey: 'query',`);
  }
  const descriptor = operationConst;
  lines.push(`const ${operationConst}: Operation = {\n${entries.join('\n')}\n};`, '');

  // ---- shared doc parts
  const paramsTypeArgs = generic ? (fieldsParam ? '<TFields, TTypes>' : '<TTypes>') : prefsParam ? '<TPrefs>' : '';
  const paramsArg = !hasParams ? '' : allOptional ? `params: ${paramsType}${paramsTypeArgs} = {}` : `params: ${paramsType}${paramsTypeArgs}`;
  const exampleParams = hasParams ? `, { ${params.filter((param) => param.required || params.length <= 2).map((param) => `${propertyKey(param.name)}: ${exampleValue(param)}`).join(', ')} }` : '';
  const usesId = params.some((param) => param.rule.kind === 'customId' && (param.required || params.length <= 2));
  const throws = docs.throws.length
    ? `@throws {AppwriteError} When the server refuses, for example with type ${docs.throws.map((type) => `\`${type}\``).join(', ')}.`
    : '@throws {AppwriteError} When the server answers with an error status.';
  const validationThrows = hasParams ? ['@throws {AwValidationError} When a param breaks its rule; nothing is sent.'] : [];
  const commonParams = ['@param client The client to send with.'];
  if (hasParams) commonParams.push(`@param params The params${allOptional ? ' (all optional)' : ''}.`);

  /**
   * @param {string} summary
   * @param {string} name
   * @param {string[]} extra
   * @returns {string[]}
   */
  const functionDoc = (summary, name, extra = []) => {
    const call = kind === 'oauth'
      ? [`location.href = ${name}(client${exampleParams});`]
      : kind === 'none'
        ? [`await ${name}(client${exampleParams});`]
        : [`const ${resultName(operation)} = await ${name}(client${exampleParams});`];
    const example = ['@example', '```ts', ...(usesId ? ["import { ID } from '@aw/core';", ''] : []), ...call, '```'];
    return [
      summary,
      '',
      ...extra,
      kind === 'oauth' ? `Builds \`${method} ${path}\` without sending it.` : `Sends \`${method} ${path}\`.`,
      '',
      `@group ${service}`,
      '',
      ...commonParams,
      ...(kind === 'oauth' ? [] : [`@param options Per-call options: signal, timeout, headers, retry${kind === 'upload' ? ', progress' : ', response validation'}.`]),
      '',
      `@returns ${returnsText(operation)}`,
      '',
      ...(kind === 'oauth' ? [] : [throws]),
      ...validationThrows,
      '',
      ...example,
    ];
  };

  // ---- the function
  const signatureParams = (/** @type {string} */ optionsType) => ['client: Client', ...(hasParams ? [paramsArg] : []), ...(optionsType ? [`options?: ${optionsType}`] : [])].join(', ');
  // Passed as is: the pipeline reads params before its first await, so no copy is needed.
  const callArgs = hasParams ? 'params' : 'undefined';
  /** @type {string} */
  let signatureTail;
  /** @type {string} */
  let body;
  /** @type {string} */
  let typeArgs = '';
  switch (kind) {
    case 'oauth':
      signatureTail = `(${signatureParams('')}): string`;
      body = `return buildUrl(client, ${operationConst}, params);`;
      break;
    case 'blob':
      signatureTail = `(${signatureParams('RequestOptions')}): AwPromise<Blob>`;
      body = `return request(client, ${descriptor}, ${callArgs}, options);`;
      break;
    case 'none':
      signatureTail = `(${signatureParams('RequestOptions')}): AwPromise<void>`;
      body = `return request(client, ${descriptor}, ${callArgs}, options);`;
      break;
    case 'upload':
      signatureTail = `(${signatureParams('UploadOptions')}): AwPromise<Models.${operation.model}>`;
      body = `return upload(client, ${operationConst}, ${callArgs}, options);`;
      break;
    default:
      if (generic) {
        const defaultFields = fieldsParam ? 'Record<string, unknown>' : '{}';
        typeArgs = `<TFields extends object = ${defaultFields}, TSchema extends GenericSchema | undefined = undefined, TTypes = unknown>`;
        const result = operation.model === 'DocumentList' ? 'DocumentListOf<TFields, TSchema, TTypes>' : 'DocumentOf<TFields, TSchema, TTypes>';
        signatureTail = `(${signatureParams('DocumentRequestOptions<TSchema>')}): AwPromise<${result}>`;
        body = `return request(client, ${descriptor}, ${callArgs}, options);`;
      } else if (prefsTyped) {
        typeArgs = '<TPrefs extends object = Models.Preferences>';
        const result = operation.model === 'Preferences' ? 'TPrefs' : `Models.${operation.model}<TPrefs>`;
        signatureTail = `(${signatureParams('RequestOptions')}): AwPromise<${result}>`;
        body = `return request(client, ${descriptor}, ${callArgs}, options);`;
      } else {
        signatureTail = `(${signatureParams('RequestOptions')}): AwPromise<Models.${operation.model}>`;
        body = `return request(client, ${descriptor}, ${callArgs}, options);`;
      }
  }

  const extraDoc = generic
    ? [
        `Pass a typed collection from \`aw-typegen\` (\`RecipeCollection\`), spread into the params or as the params: ${collectionEffects(exportName)}, with no type argument.`,
        'Else pass the fields\' type as `TFields`, or a valibot schema as `options.schema` to validate each returned document and type it from the schema.',
        '',
      ]
    : collection
      ? ['Takes a typed collection from `aw-typegen` as well as plain IDs.', '']
    : kind === 'upload'
      ? ['The file is sent as `multipart/form-data`; `options.onProgress` reports progress.', '']
      : [];
  lines.push(jsdoc(functionDoc(docs.summary, exportName, extraDoc)));
  // Only pure builders carry the marker: on a request it would let bundlers drop an unused call.
  if (kind === 'oauth') lines.push('// @__NO_SIDE_EFFECTS__');
  lines.push(`export function ${exportName}${typeArgs}${signatureTail} {\n  ${body}\n}`);

  if (kind === 'blob') {
    lines.push('');
    lines.push(jsdoc([
      `Builds the URL of {@link ${exportName}}, with every param and the project in its query string, for \`<img src>\` or a download link.`,
      '',
      'The browser sends cookies with it, but no other headers: a JWT or session secret on the client is not used.',
      '',
      `@group ${service}`,
      '',
      ...commonParams,
      '',
      '@returns The URL.',
      '',
      ...validationThrows,
      '',
      '@example',
      '```ts',
      `img.src = ${exportName}Url(client${exampleParams});`,
      '```',
    ]));
    lines.push('// @__NO_SIDE_EFFECTS__');
    lines.push(`export function ${exportName}Url(${signatureParams('')}): string {\n  return buildUrl(client, ${operationConst}${callArgs === 'undefined' ? '' : ', params'});\n}`);
  }

  for (const alias of aliasesOf(exportName)) {
    const aliasParams = `${pascalCase(alias.name)}Params`;
    lines.push('');
    if (hasParams) {
      lines.push(jsdoc([`Params of {@link ${alias.name}}: the same as {@link ${paramsType}}.`]));
      lines.push(prefsParam ? `export type ${aliasParams}<TPrefs extends object = Models.Preferences> = ${paramsType}<TPrefs>;` : `export type ${aliasParams} = ${paramsType};`, '');
    }
    lines.push(jsdoc(functionDoc(alias.summary, alias.name, [`The clearer name for {@link ${exportName}}, which is the seed's name for the same call.`, ''])));
    const aliasSignature = signatureTail.replace(paramsType, hasParams ? aliasParams : paramsType);
    // An alias of a prefs-typed operation passes its type argument on, or the result would be the default.
    const forward = prefsTyped ? '<TPrefs>' : '';
    lines.push(`export function ${alias.name}${prefsTyped ? typeArgs : ''}${aliasSignature} {\n  return ${exportName}${forward}(client${hasParams ? ', params' : ''}${kind === 'oauth' ? '' : ', options'});\n}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Says what a typed collection does for a document operation.
 *
 * @param {string} exportName The operation's export name.
 * @returns {string} The effects, joined as a sentence part.
 */
function collectionEffects(exportName) {
  const effects = [];
  if (exportName === 'createDocument' || exportName === 'updateDocumentById') effects.push('`data` is typed and checked before anything is sent');
  if (exportName === 'listUserDocuments') effects.push('`queries` accept only its attributes and values of their type');
  if (exportName === 'getDocumentById') effects.push('`queries` select only its attributes');
  effects.push('the result is typed');
  return `${effects.slice(0, -1).join(', ')}, and ${effects[effects.length - 1]}`;
}

/** Param kinds that a GET query carries as bracketed keys (`queries[0]`, `a[b]`). */
const NESTED_KINDS = new Set(['array', 'object', 'headers', 'prefs']);

/**
 * Chooses the core helpers an operation references, by its Operation field.
 *
 * @param {import('./normalize.mjs').NormalizedOperation} operation The operation.
 * @returns {Record<string, string>} Helper names by Operation field (`fill`, `flat`, `form`, `documents`).
 */
export function helpersOf(operation) {
  /** @type {Record<string, string>} */
  const helpers = {};
  if (operation.path.includes('{')) helpers.fill = '_encodePath';
  const queryParams = operation.method === 'GET' ? operation.params.filter((param) => param.in !== 'path') : [];
  if (queryParams.some((param) => NESTED_KINDS.has(param.rule.kind))) helpers.flat = '_flattenParams';
  if (operation.kind === 'upload') helpers.form = '_formBody';
  if (operation.document) helpers.documents = '_validateDocuments';
  if (operation.collection) helpers.collection = '_collectionParams';
  return helpers;
}

/**
 * Marks every valibot call as pure, so a bundler drops the operations an app does not import
 * even when it cannot see valibot's own annotations (valibot kept external, older minifiers).
 *
 * @param {string} expression The valibot expression.
 * @returns {string} The annotated expression.
 */
function pure(expression) {
  return expression.replace(/\bv\.(\w+)\(/g, '/* @__PURE__ */ v.$1(');
}

/**
 * Collects the spec's default values of an operation's params.
 *
 * @param {any} specOperation The spec's operation object.
 * @returns {Record<string, unknown>} Defaults by param name.
 */
function defaultsOf(specOperation) {
  /** @type {Record<string, unknown>} */
  const defaults = {};
  for (const param of specOperation.parameters ?? []) if (param.schema && 'default' in param.schema) defaults[param.name] = param.schema.default;
  const body = specOperation.requestBody?.content ? Object.values(specOperation.requestBody.content)[0]?.schema : undefined;
  for (const [name, schema] of Object.entries(body?.properties ?? {})) if (schema && typeof schema === 'object' && 'default' in schema) defaults[name] = /** @type {any} */ (schema).default;
  return defaults;
}
