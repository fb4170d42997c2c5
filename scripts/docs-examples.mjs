#!/usr/bin/env node
// Type-checks every ```ts and ```tsx example in the guides (docs/**/*.md) and the package READMEs
// (packages/*/README.md) against the built packages, so no published example goes stale.
// Framework imports (next/…, @sveltejs/kit, h3) resolve to the copies the examples/ apps install.
//
// Each block becomes its own module under node_modules/.cache/aw-docs-examples/, compiled by
// `tsc --noEmit` with the repo's strict base config. `@aw/*` imports resolve to the packages'
// built type declarations (dist/*.d.ts, read from each exports map), so run `pnpm run build` first.
// A block whose fence says `ts nocheck` is skipped (for fragments that cannot stand alone).
// A block can name the module an import stands for, so an example can import a generated file
// (or a package the repo installs under another name) as a reader would write it:
//   ```ts import:./generated/collections.ts=examples/quickstart/src/generated/collections.mjs
//   ```ts import:appwrite=bench/node_modules/appwrite-v15
// (the part after `=` is relative to the repo root; the word may repeat). Such a block compiles in a
// folder of its own, where each named import resolves to a stub that re-exports the named module.
// Errors are reported at their line in the markdown file. Prints a plain summary; exits 1 on errors.
//
// Usage: node scripts/docs-examples.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'node_modules/.cache/aw-docs-examples');

/**
 * Lists the markdown files whose examples are checked.
 *
 * @returns Absolute paths of the guides and package READMEs.
 */
function listMarkdownFiles() {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'site' && entry.name !== 'node_modules') walk(path);
      else if (entry.isFile() && entry.name.endsWith('.md')) files.push(path);
    }
  };
  walk(join(root, 'docs'));
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const readme = join(root, 'packages', pkg, 'README.md');
    if (existsSync(readme)) files.push(readme);
  }
  return files.sort();
}

/**
 * Extracts the TypeScript code blocks of a markdown file.
 *
 * @param text The markdown text.
 *
 * @returns Each block's code and the 1-based line its code starts on.
 */
function extractTsBlocks(text) {
  const blocks = [];
  const lines = text.split('\n');
  let open = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (open === null) {
      const fence = /^(\s*)(`{3,})\s*(tsx|ts|typescript)\b(.*)$/.exec(line);
      if (fence) {
        const imports = [...fence[4].matchAll(/\bimport:(\S+?)=(\S+)/g)].map(([, specifier, target]) => ({ specifier, target }));
        open = { indent: fence[1].length, fence: fence[2], skip: /\bnocheck\b/.test(fence[4]), jsx: fence[3] === 'tsx', imports, start: index + 2, code: [] };
      }
    } else if (line.trim() === open.fence) {
      if (!open.skip) blocks.push({ code: open.code.join('\n'), line: open.start, jsx: open.jsx, imports: open.imports });
      open = null;
    } else {
      open.code.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)));
    }
  }
  return blocks;
}

/**
 * Maps every `@aw/*` import specifier to its built type declarations, from each package's exports map.
 *
 * @returns The tsconfig `paths`, relative to the repo root.
 */
function workspacePaths() {
  const paths = {};
  for (const dir of readdirSync(join(root, 'packages'))) {
    const manifestPath = join(root, 'packages', dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const types = typeof target === 'object' ? (target.import?.types ?? target.types) : undefined;
      if (!types) continue;
      const specifier = manifest.name + subpath.slice(1);
      paths[specifier] = [join('packages', dir, types)];
    }
  }
  return paths;
}

/**
 * Maps other bare imports (valibot, ws, next, …) and their subpaths to a copy installed in some
 * workspace package or example app, since the root package does not depend on them.
 *
 * @param specifiers The imported package names.
 *
 * @returns The tsconfig `paths` for the ones found.
 */
function dependencyPaths(specifiers) {
  const paths = {};
  const workspaces = ['packages', 'examples'].flatMap((group) => readdirSync(join(root, group)).map((dir) => join(root, group, dir)));
  for (const name of specifiers) {
    for (const workspace of workspaces) {
      const modules = join(workspace, 'node_modules');
      const candidate = join(modules, name);
      if (!existsSync(join(candidate, 'package.json'))) continue;
      // Prefer DefinitelyTyped's declarations when the package ships none (ws, for one).
      const typesName = name.startsWith('@') ? name.slice(1).replace('/', '__') : name;
      const typesPackage = join(modules, '@types', typesName);
      const target = relative(root, existsSync(typesPackage) ? typesPackage : candidate);
      paths[name] = [target];
      paths[`${name}/*`] = [`${target}/*`];
      break;
    }
  }
  return paths;
}

/**
 * Writes, in a block's own folder, one stub per import the block names: a relative specifier
 * becomes a file at that path, a bare one a package under the folder's node_modules; each stub
 * re-exports the named module.
 *
 * @param dir The block's folder.
 * @param imports The block's `import:` words.
 * @param where The markdown file and line, for the error when a named module is missing.
 */
function writeImportStubs(dir, imports, where) {
  for (const { specifier, target } of imports) {
    const module = join(root, target);
    if (!existsSync(module)) throw new Error(`${where}: import:${specifier}=${target} names a file that does not exist`);
    const stub = specifier.startsWith('.') ? join(dir, specifier.replace(/\.[cm]?[jt]s$/, '.ts')) : join(dir, 'node_modules', specifier, 'index.d.ts');
    if (relative(dir, stub).startsWith('..')) throw new Error(`${where}: import:${specifier} must stay inside the example's folder`);
    mkdirSync(dirname(stub), { recursive: true });
    const from = relative(dirname(stub), module).replaceAll('\\', '/');
    writeFileSync(stub, `export * from '${from.startsWith('.') ? from : `./${from}`}';\n`);
  }
}

function main() {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const sources = new Map(); // example file -> { markdown, line }
  const bareImports = new Set();
  let count = 0;
  for (const markdown of listMarkdownFiles()) {
    const blocks = extractTsBlocks(readFileSync(markdown, 'utf8'));
    const stem = relative(root, markdown).replace(/[^\w]+/g, '_').replace(/_md$/, '');
    blocks.forEach((block, index) => {
      const name = `${stem}__${String(index + 1).padStart(2, '0')}`;
      const file = `${name}.${block.jsx ? 'tsx' : 'ts'}`;
      if (block.jsx) bareImports.add('react');
      const where = `${relative(root, markdown)}:${block.line - 1}`;
      // A block that names its imports gets a folder of its own, so its stubs reach no other block.
      const dir = block.imports.length > 0 ? join(outDir, name) : outDir;
      if (dir !== outDir) writeImportStubs(dir, block.imports, where);
      // `export {}` makes each block a module: its own scope, and top-level await allowed.
      writeFileSync(join(dir, file), `${block.code}\nexport {};\n`);
      sources.set(file, { markdown: relative(root, markdown), line: block.line });
      for (const match of block.code.matchAll(/from\s+['"]([^'"./][^'"]*)['"]/g)) {
        const specifier = match[1];
        if (block.imports.some((named) => named.specifier === specifier)) continue;
        if (specifier.startsWith('@aw/') || specifier.startsWith('node:') || builtinModules.includes(specifier)) continue;
        bareImports.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
      }
      count++;
    });
  }

  const tsconfig = {
    extends: relative(outDir, join(root, 'tsconfig.base.json')),
    compilerOptions: {
      baseUrl: relative(outDir, root),
      ignoreDeprecations: '6.0',
      paths: { ...dependencyPaths(bareImports), ...workspacePaths() },
      // Examples often show a value without using it afterwards.
      noUnusedLocals: false,
      noUnusedParameters: false,
      typeRoots: [relative(outDir, join(root, 'node_modules/@types'))],
      jsx: 'react-jsx',
    },
    include: ['**/*.ts', '**/*.tsx'],
  };
  writeFileSync(join(outDir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));

  let output = '';
  let failed = false;
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', outDir, '--pretty', 'false'], {
      cwd: outDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    failed = true;
    output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }

  // Point each error at the markdown line it came from.
  let errors = 0;
  for (const line of output.split('\n')) {
    const match = /^(?:.*[\\/])?([^\\/()]+\.tsx?)\((\d+),(\d+)\): (.*)$/.exec(line);
    const source = match && sources.get(match[1]);
    if (source) {
      errors++;
      console.log(`${source.markdown}:${source.line + Number(match[2]) - 1}:${match[3]} ${match[4]}`);
    } else if (line.trim()) {
      if (/error TS/.test(line)) errors++;
      console.log(line);
    }
  }
  const files = new Set([...sources.values()].map((source) => source.markdown)).size;
  console.log(`docs-examples: ${count} examples from ${files} markdown files type-checked, ${errors} errors`);
  console.log(failed ? 'docs-examples: FAIL' : 'docs-examples: PASS');
  process.exitCode = failed ? 1 : 0;
}

try {
  main();
} catch (error) {
  // A block that names a missing module: say where, without a stack.
  console.log(`docs-examples: ${error.message}`);
  console.log('docs-examples: FAIL');
  process.exitCode = 1;
}
