import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints, per ported service, the tests and assertions that passed and failed, the number of `expect`
 * calls written in the file (the ported assertions), and a closing `N passed, N failed` line
 * counted in assertions run. Known differences (see `knownDifference`) count as failed.
 *
 * @returns The reporter.
 */
export default function conformanceReporter(): Reporter {
  return {
    onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
      let passed = 0;
      let failed = 0;
      let written = 0;
      let knownTotal = 0;
      const rows: string[] = [];
      for (const module of [...testModules].sort((a, b) => a.moduleId.localeCompare(b.moduleId))) {
        let testsPassed = 0;
        let testsFailed = 0;
        let ran = 0;
        let wrong = 0;
        let known = 0;
        for (const test of module.children.allTests()) {
          const result = test.result();
          const errors = result.errors?.length ?? 0;
          const meta = test.meta() as { assertions?: number; knownDifferences?: string[] };
          const assertions = meta.assertions ?? 0;
          // A test marked `it.fails` is a known difference as a whole: all its assertions count as failed.
          const knownHere = test.options.fails ? assertions : (meta.knownDifferences?.length ?? 0);
          known += knownHere;
          if (result.state === 'passed') testsPassed++;
          else if (result.state === 'failed') testsFailed++;
          ran += Math.max(assertions, errors);
          wrong += test.options.fails ? 0 : errors;
        }
        const source = readFileSync(module.moduleId, 'utf8');
        const inFile = (source.match(/\bexpect(\.soft)?\(/g) ?? []).length;
        written += inFile;
        passed += ran - wrong - known;
        failed += wrong + known;
        knownTotal += known;
        rows.push(`${basename(module.moduleId).padEnd(24)} tests ${testsPassed} passed, ${testsFailed} failed; assertions ${ran - wrong - known} passed, ${wrong + known} failed (${known} of them known differences); ${inFile} ported expect calls`);
      }
      const lines = ['', 'conformance (Appwrite 1.5.11 e2e tests, ported):', ...rows, `ported expect calls: ${written}; known differences (CONTRACT.md): ${knownTotal} assertions`, `${passed} passed, ${failed} failed`];
      console.log(lines.join('\n'));
      // Kept for .ci/count-tests.mjs, which repeats the count at the end of the CI run.
      mkdirSync('.reports', { recursive: true });
      writeFileSync('.reports/conformance.json', JSON.stringify({ passed, failed, known: knownTotal, ported: written }));
    },
  };
}
