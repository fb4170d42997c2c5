import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The console page's files, read once from `dist/console/` of the installed package. */
export interface ConsoleAssets {
  /** index.html with the token placeholder. */
  html: string;
  /** The bundled script. */
  script: Buffer;
  /** The style sheet. */
  style: Buffer;
}

let cached: ConsoleAssets | undefined;

/**
 * Reads the prebuilt console (built by `scripts/build-console.mjs` with the package). Read on the
 * first visit, not at start, so an emulator nobody looks at pays nothing.
 *
 * @returns The assets.
 *
 * @throws Error When the package was built without its console.
 */
export function loadConsoleAssets(): ConsoleAssets {
  if (cached) return cached;
  const folder = join(dirname(createRequire(import.meta.url).resolve('@aw/emulator/package.json')), 'dist', 'console');
  cached = {
    html: readFileSync(join(folder, 'index.html'), 'utf8'),
    script: readFileSync(join(folder, 'console.js')),
    style: readFileSync(join(folder, 'console.css')),
  };
  return cached;
}
