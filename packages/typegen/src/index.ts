export { parseProjectFile, type AttributeConfig, type CollectionConfig, type ProjectFile } from './config.ts';
export { emitCollections, ruleOf, type EmitOptions, type GeneratedFiles, type OutputKind } from './emit.ts';
export { identifier, singular, typeNames, type TypeNames } from './names.ts';
export { declarationsPath, generateFromText, runTypegen, type TypegenOptions, type TypegenResult } from './typegen.ts';
