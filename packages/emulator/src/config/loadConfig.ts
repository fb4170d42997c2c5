import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AppwriteConfigError, checkAppwriteConfigValue, readAppwriteConfig } from '@aw/appwrite-config';
import type { ProjectConfig } from './types.ts';

/** The project id used when no appwrite.json is given. */
export const DEFAULT_PROJECT_ID = 'aw-emulator';

/**
 * Creates a project config from an `appwrite.json`'s text, after the same checks `aw-typegen`
 * makes: a mistake throws an `AppwriteConfigError` whose message is `file:line:column: what is wrong`.
 *
 * @param text The file's text.
 * @param path The file's path: named in messages, and its folder becomes `baseDir`.
 *
 * @returns The config as written, with `baseDir` set.
 */
export function parseConfigText(text: string, path: string): Partial<ProjectConfig> {
  return { ...(readAppwriteConfig(text, path) as Partial<ProjectConfig>), baseDir: dirname(path) };
}

/**
 * Creates a complete project config from a path to an `appwrite.json`, a parsed
 * object of the same shape, or nothing (an empty project). A file or object that the
 * generated types could not describe (an unknown attribute type, a relationship to a
 * missing collection, an enum without elements …) is refused with an `AppwriteConfigError`.
 *
 * @param source A file path, an object, or undefined.
 *
 * @returns The config with every list present.
 */
export function loadConfig(source?: string | Partial<ProjectConfig>): ProjectConfig {
  let raw: Partial<ProjectConfig> = {};
  let baseDir = process.cwd();
  if (typeof source === 'string') {
    const path = resolve(source);
    raw = parseConfigText(readFileSync(path, 'utf8'), path);
    baseDir = dirname(path);
  } else if (source) {
    const problems = checkAppwriteConfigValue(source, 'config');
    if (problems.length) throw new AppwriteConfigError(problems);
    raw = source;
    baseDir = source.baseDir ?? baseDir;
  }
  return {
    projectId: raw.projectId ?? DEFAULT_PROJECT_ID,
    projectName: raw.projectName ?? raw.projectId ?? DEFAULT_PROJECT_ID,
    databases: raw.databases ?? [],
    collections: raw.collections ?? [],
    buckets: raw.buckets ?? [],
    functions: raw.functions ?? [],
    teams: raw.teams ?? [],
    topics: raw.topics ?? [],
    platforms: raw.platforms ?? [],
    baseDir,
  };
}
