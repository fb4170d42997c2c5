import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { routeSpecs, type RouteSpec } from '../../src/generated/routes.ts';

// The repo keeps a copy of the spec for the code generator; it is the source of truth here too.
const SPEC_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../tools/codegen/spec/appwrite-1.5.8-client.openapi3.json');

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/**
 * Returns the ajv validator of a spec model (`user`, `session`, `error` …).
 *
 * @param model The component schema name.
 *
 * @returns The validator.
 */
export function modelValidator(model: string): ValidateFunction {
  if (!ajv) {
    const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as { components: { schemas: Record<string, any> } };
    // The spec types the error `code` as a string, but Appwrite 1.5 sends the HTTP status as an
    // integer (and the official SDKs read it as a number), so the emulator does too.
    spec.components.schemas.error.properties.code = { type: 'integer' };
    // Appwrite 1.5's listDocuments with `select` leaves these out (so does @aw/models' DocumentSchema).
    spec.components.schemas.document.required = spec.components.schemas.document.required.filter((key: string) => key !== '$databaseId' && key !== '$collectionId');
    // strict: false because OpenAPI adds keywords (x-example, nullable) JSON Schema does not know.
    ajv = new Ajv({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    ajv.addSchema({ $id: 'spec.json', components: spec.components });
  }
  let validate = validators.get(model);
  if (!validate) {
    validate = ajv.compile({ $ref: `spec.json#/components/schemas/${model}` });
    validators.set(model, validate);
  }
  return validate;
}

/**
 * Checks a body against a spec model and throws a readable error when it does not match.
 *
 * @param model The component schema name.
 * @param body The JSON body.
 */
export function expectModel(model: string, body: unknown): void {
  const validate = modelValidator(model);
  if (!validate(body)) {
    throw new Error(`Response does not match spec model "${model}": ${JSON.stringify(validate.errors?.slice(0, 5))}\n${JSON.stringify(body).slice(0, 500)}`);
  }
  // The spec lists required fields; additional fields are allowed by JSON Schema, so check them too.
  const schema = (validate.schema as { $ref?: string }) && modelSchema(model);
  if (schema?.properties && body && typeof body === 'object' && model !== 'preferences' && model !== 'document') {
    const extra = Object.keys(body).filter((key) => !(key in schema.properties!));
    if (extra.length > 0) throw new Error(`Response of model "${model}" has fields the spec does not list: ${extra.join(', ')}`);
  }
}

/**
 * Returns the raw schema of a model.
 *
 * @param model The model name.
 *
 * @returns The schema.
 */
function modelSchema(model: string): { properties?: Record<string, unknown> } | undefined {
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as { components: { schemas: Record<string, { properties?: Record<string, unknown> }> } };
  return spec.components.schemas[model];
}

/**
 * Finds the spec route of a request.
 *
 * @param method The HTTP method.
 * @param pathname The path below `/v1`.
 *
 * @returns The route, if the path is a spec route.
 */
export function matchRoute(method: string, pathname: string): RouteSpec | undefined {
  const candidates = routeSpecs.filter((route) => {
    if (route.method !== method) return false;
    const pattern = new RegExp(`^${route.path.replace(/\{\w+\}/g, '[^/]+')}$`);
    return pattern.test(pathname);
  });
  // Literal segments beat parameters (`/account/sessions/email` over `/account/sessions/{sessionId}`).
  return candidates.sort((a, b) => (a.path.match(/\{/g)?.length ?? 0) - (b.path.match(/\{/g)?.length ?? 0))[0];
}
