export { AppwriteConfigError, formatProblem, type ConfigProblem } from './ConfigProblem.ts';
export { checkAppwriteConfigText, checkAppwriteConfigValue, quote, readAppwriteConfig } from './checkAppwriteConfig.ts';
export { nearest } from './nearest.ts';
export { ATTRIBUTE_TYPES, ON_DELETE, RELATION_SIDES, RELATION_TYPES, STRING_FORMATS } from './rules.ts';
