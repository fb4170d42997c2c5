export { parseProjectFile, type AttributeConfig, type CollectionConfig, type ProjectFile } from './config.ts';
export { emitCollections, ruleOf, type EmitOptions, type GeneratedFiles, type OutputKind } from './emit.ts';
export { commentText, identifier, jsLiteral, propertyKey, singular, typeNames, type TypeNames } from './names.ts';
export { ES_GLOBAL_NAMES, GENERATED_HELPER_NAMES, PLATFORM_GLOBAL_NAMES } from './reservedNames.ts';
export { AppwriteConfigError, type ConfigProblem } from '@aw/appwrite-config';
export { declarationsPath, generateFromText, meaningHash, runTypegen, type TypegenOptions, type TypegenResult } from './typegen.ts';
