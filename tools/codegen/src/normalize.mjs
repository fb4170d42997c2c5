// Turns the spec and the seed fixture into one flat list of operations the emitters read.
import { camelCase, pascalCase } from './names.mjs';
import { ANY_OBJECT_SCHEMA, paramRule } from './rules.mjs';

/**
 * @typedef {object} NormalizedParam
 * @property {string} name The spec's camelCase name.
 * @property {'path' | 'query' | 'body'} in Where the value travels.
 * @property {boolean} required Whether it must be given.
 * @property {string} description The spec's description (a source of limits, never copied into docs).
 * @property {import('./rules.mjs').ParamRule} rule The validation rule.
 */

/**
 * @typedef {object} NormalizedOperation
 * @property {string} service The service (package) name.
 * @property {string} seedName The seed's snake_case name.
 * @property {string} exportName The export name.
 * @property {string} operationId The spec's operation ID.
 * @property {string} method The HTTP method, upper-case.
 * @property {string} path The path template.
 * @property {NormalizedParam[]} params The params, path first.
 * @property {string | undefined} model The response model name, PascalCase.
 * @property {'json' | 'none' | 'blob' | 'oauth' | 'upload'} kind How the operation is called.
 * @property {boolean} graphql Whether the body is wrapped for GraphQL.
 * @property {boolean} document Whether the result is generic over document fields.
 * @property {boolean} collection Whether the params take a typed collection descriptor (`'~schemas'`, `'~types'`).
 * @property {number} status The success status code.
 */

/** Operations whose documents are generic over the user's fields. */
export const DOCUMENT_OPERATIONS = new Set(['listUserDocuments', 'getDocumentById', 'createDocument', 'updateDocumentById']);

/** Operations whose params take a typed collection descriptor from `aw-typegen`. */
export const COLLECTION_OPERATIONS = new Set([...DOCUMENT_OPERATIONS, 'deleteDocumentById']);

/** GraphQL params: the spec declares no body for these endpoints. */
const GRAPHQL_PARAMS = [
  { name: 'query', required: true, schema: { override: { schema: 'v.pipe(v.string(), v.minLength(1))', type: 'string', notes: ['Must not be empty.'], enumType: undefined, kind: 'graphqlQuery', limits: {} } } },
  { name: 'variables', required: false, schema: { override: { schema: ANY_OBJECT_SCHEMA, type: 'Readonly<Record<string, unknown>>', notes: [], enumType: undefined, kind: 'object', limits: {} } } },
  { name: 'operationName', required: false, schema: { override: { schema: 'v.string()', type: 'string', notes: [], enumType: undefined, kind: 'string', limits: {} } } },
];

/**
 * Matches spec operations to seed names by (method, path) and normalizes them.
 *
 * @param {any} spec The OpenAPI document.
 * @param {{ service: string, name: string, method: string, path: string }[]} seedOperations The seed fixture.
 * @returns {NormalizedOperation[]} The operations, sorted by service and export name.
 */
export function normalizeOperations(spec, seedOperations) {
  /** @type {Map<string, { service: string, name: string }>} */
  const seedByEndpoint = new Map(seedOperations.map((entry) => [`${entry.method} ${entry.path}`, entry]));
  /** @type {NormalizedOperation[]} */
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [lowerMethod, op] of Object.entries(item)) {
      const method = lowerMethod.toUpperCase();
      const seed = seedByEndpoint.get(`${method} ${path}`);
      if (!seed) throw new Error(`spec operation ${op.operationId} (${method} ${path}) has no seed name`);
      seedByEndpoint.delete(`${method} ${path}`);
      operations.push(normalizeOperation(seed, method, path, op));
    }
  }
  if (seedByEndpoint.size > 0) throw new Error(`seed operations missing from the spec: ${[...seedByEndpoint.keys()].join(', ')}`);
  return operations.sort((a, b) => (a.service === b.service ? compare(a.exportName, b.exportName) : compare(a.service, b.service)));
}

/**
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * @param {{ service: string, name: string }} seed
 * @param {string} method
 * @param {string} path
 * @param {any} op
 * @returns {NormalizedOperation}
 */
function normalizeOperation(seed, method, path, op) {
  const exportName = camelCase(seed.name);
  const type = op['x-appwrite']?.type ?? '';
  const graphql = type === 'graphql';
  /** @type {{ name: string, in: 'path' | 'query' | 'body', required: boolean, description: string, schema: any }[]} */
  const raw = [];
  for (const param of op.parameters ?? []) {
    raw.push({ name: param.name, in: param.in, required: param.required === true || param.in === 'path', description: param.description ?? '', schema: param.schema ?? {} });
  }
  const body = op.requestBody?.content ? Object.values(op.requestBody.content)[0]?.schema : undefined;
  for (const [name, schema] of Object.entries(body?.properties ?? {})) {
    raw.push({ name, in: 'body', required: (body.required ?? []).includes(name), description: /** @type {any} */ (schema).description ?? '', schema });
  }
  if (graphql) for (const param of GRAPHQL_PARAMS) raw.push({ ...param, in: 'body', description: '' });
  // Path params first, in path order, so signatures and tests read like the URL.
  const order = { path: 0, query: 1, body: 2 };
  raw.sort((a, b) => order[a.in] - order[b.in]);

  const [statusText, response] = Object.entries(op.responses ?? {})[0] ?? ['200', {}];
  const status = Number(statusText);
  const ref = response?.content ? Object.values(response.content)[0]?.schema?.$ref : undefined;
  const model = ref && status !== 204 ? pascalCase(ref.split('/').pop()) : undefined;
  /** @type {NormalizedOperation['kind']} */
  let kind = status === 204 ? 'none' : 'json';
  if (type === 'location') kind = 'blob';
  if (type === 'webAuth') kind = 'oauth';
  if (type === 'upload') kind = 'upload';

  return {
    service: seed.service,
    seedName: seed.name,
    exportName,
    operationId: op.operationId,
    method,
    path,
    params: raw.map((param) => ({ name: param.name, in: param.in, required: param.required, description: param.description, rule: paramRule(param) })),
    model,
    kind,
    graphql,
    document: DOCUMENT_OPERATIONS.has(exportName),
    collection: COLLECTION_OPERATIONS.has(exportName),
    status,
  };
}

/**
 * Lists the service names in order.
 *
 * @param {NormalizedOperation[]} operations The operations.
 * @returns {string[]} The services.
 */
export function servicesOf(operations) {
  return [...new Set(operations.map((operation) => operation.service))].sort();
}
