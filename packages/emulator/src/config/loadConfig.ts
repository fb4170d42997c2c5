import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ProjectConfig } from './types.ts';

/** The project id used when no appwrite.json is given. */
export const DEFAULT_PROJECT_ID = 'aw-emulator';

/**
 * Creates a complete project config from a path to an `appwrite.json`, a parsed
 * object of the same shape, or nothing (an empty project).
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
    raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<ProjectConfig>;
    baseDir = dirname(path);
  } else if (source) {
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
