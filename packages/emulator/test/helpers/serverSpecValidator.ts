import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

// Appwrite 1.5.11's server spec, the copy the emulator's server routes are generated from.
const SPEC_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../tools/codegen/spec/appwrite-1.5.11-server.openapi3.json');

let schemas: Record<string, { properties?: Record<string, unknown> }> | undefined;
let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/**
 * Checks a body against a model of the 1.5.11 server spec, including that it has no field the model does not list.
 *
 * @param model The component schema name (`user`, `userList`, `session` …).
 * @param body The JSON body.
 */
export function expectServerModel(model: string, body: unknown): void {
  if (!ajv || !schemas) {
    const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as { components: { schemas: Record<string, any> } };
    schemas = spec.components.schemas;
    ajv = new Ajv({ strict: false, allErrors: true });
    (addFormats as unknown as (a: Ajv) => void)(ajv);
    // OpenAPI's number formats say nothing JSON Schema can check beyond the type.
    for (const format of ['int32', 'int64', 'float', 'double']) ajv.addFormat(format, true);
    ajv.addSchema({ $id: 'server.json', components: spec.components });
  }
  let validate = validators.get(model);
  if (!validate) {
    validate = ajv.compile({ $ref: `server.json#/components/schemas/${model}` });
    validators.set(model, validate);
  }
  if (!validate(body)) {
    throw new Error(`Response does not match server model "${model}": ${JSON.stringify(validate.errors?.slice(0, 5))}\n${JSON.stringify(body).slice(0, 500)}`);
  }
  const properties = schemas[model]?.properties;
  if (properties && body && typeof body === 'object' && model !== 'preferences') {
    const extra = Object.keys(body).filter((key) => !(key in properties));
    if (extra.length > 0) throw new Error(`Response of server model "${model}" has fields the spec does not list: ${extra.join(', ')}`);
  }
}
