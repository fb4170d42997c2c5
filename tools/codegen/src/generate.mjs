// Computes every generated file from a spec, without touching the disk, so tests can run it.
import { emitErrorTypes } from './emitErrorTypes.mjs';
import { emitModels } from './emitModels.mjs';
import { LONG_ENUM, emitOperation } from './emitOperation.mjs';
import { emitParamSchemas } from './emitParamSchemas.mjs';
import { emitDocumentTypes, emitEnum, emitEnumValues, emitIndex, emitRequestTests, emitTypeTests } from './emitService.mjs';
import { generatedHeader } from './header.mjs';
import { prefsGenericModels, readModels } from './models.mjs';
import { normalizeOperations, servicesOf } from './normalize.mjs';

/**
 * @typedef {object} GenerateInput
 * @property {string} specName The spec file name, for the header.
 * @property {string} specText The spec file contents.
 * @property {{ service: string, name: string, method: string, path: string }[]} seedOperations The seed fixture.
 * @property {string} errorsName The error-types file name.
 * @property {string} errorsText The error-types file contents.
 */

/** The folders the generator owns; they are emptied before each write. */
export function ownedFolders(/** @type {string[]} */ services) {
  return [
    ...services.flatMap((service) => [`packages/${service}/src/generated`, `packages/${service}/test/generated`]),
    'packages/models/src/generated',
    'packages/models/test/generated',
  ];
}

/**
 * Generates every file.
 *
 * @param {GenerateInput} input The spec and fixtures.
 * @returns {{ files: Map<string, string>, services: string[], operations: import('./normalize.mjs').NormalizedOperation[] }}
 *   Contents by path relative to the repository root, the services and the operations.
 */
export function generate(input) {
  const spec = JSON.parse(input.specText);
  const header = generatedHeader(input.specName, input.specText);
  const operations = normalizeOperations(spec, input.seedOperations);
  const services = servicesOf(operations);
  const models = readModels(spec);
  const modelsByName = new Map(models.map((model) => [model.name, model]));
  // Models whose `prefs` the caller may type (User, Team, TeamList), plus Preferences itself.
  const prefsGeneric = new Set([...prefsGenericModels(models), 'Preferences']);
  /** @type {Map<string, string>} */
  const files = new Map();

  files.set('packages/core/src/generated/errorTypes.ts', emitErrorTypes(JSON.parse(input.errorsText), generatedHeader(input.errorsName, input.errorsText)));
  files.set('packages/core/src/generated/paramSchemas.ts', emitParamSchemas(operations, header));
  for (const [path, contents] of Object.entries(emitModels(models, header))) files.set(`packages/models/${path}`, contents);

  for (const service of services) {
    const serviceOperations = operations.filter((operation) => operation.service === service);
    const modules = [];
    /** @type {Map<string, { name: string, values: string[], keys: string[] }>} */
    const enums = new Map();
    for (const operation of serviceOperations) {
      const specOperation = spec.paths[operation.path][operation.method.toLowerCase()];
      files.set(`packages/${service}/src/generated/${operation.exportName}.ts`, emitOperation(operation, specOperation, header, prefsGeneric));
      modules.push(operation.exportName);
      for (const param of operation.params) if (param.rule.enumType) enums.set(param.rule.enumType.name, param.rule.enumType);
    }
    for (const enumType of enums.values()) {
      files.set(`packages/${service}/src/generated/${enumType.name}.ts`, emitEnum(enumType, header));
      modules.push(enumType.name);
    }
    // Not in the barrel: the lists are internal to the operation files.
    const longEnums = [...enums.values()].filter((enumType) => enumType.values.length >= LONG_ENUM).sort((a, b) => (a.name < b.name ? -1 : 1));
    if (longEnums.length) files.set(`packages/${service}/src/generated/enumValues.ts`, emitEnumValues(longEnums, header));
    if (serviceOperations.some((operation) => operation.document)) {
      files.set(`packages/${service}/src/generated/documentTypes.ts`, emitDocumentTypes(header));
      modules.push('documentTypes');
    }
    files.set(`packages/${service}/src/generated/index.ts`, emitIndex(modules.sort(), header));
    files.set(`packages/${service}/test/generated/requests.test.ts`, emitRequestTests(service, serviceOperations, modelsByName, header));
    files.set(`packages/${service}/test/generated/types.test-d.ts`, emitTypeTests(serviceOperations, header, prefsGeneric));
  }
  return { files, services, operations };
}
