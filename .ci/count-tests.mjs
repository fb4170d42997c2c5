// Sums the vitest JSON reports every package wrote and prints "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let passed = 0;
let failed = 0;
const roots = ['packages', 'tools', 'examples', '.'];
const seen = new Set();
for (const root of roots) {
  const dirs = root === '.' ? ['bench'] : existsSync(root) ? readdirSync(root).map((name) => join(root, name)) : [];
  for (const dir of dirs) {
    const report = join(dir, '.reports/vitest.json');
    if (seen.has(report) || !existsSync(report)) continue;
    seen.add(report);
    const data = JSON.parse(readFileSync(report, 'utf8'));
    // A test file that fails to load runs no test: count it as a failure, or it would go unseen.
    const brokenFiles = data.testResults.filter((file) => file.status === 'failed' && file.assertionResults.every((test) => test.status !== 'failed')).length;
    passed += data.numPassedTests;
    failed += data.numFailedTests + brokenFiles;
    console.log(`${dir}: ${data.numPassedTests} passed, ${data.numFailedTests + brokenFiles} failed${brokenFiles ? ` (${brokenFiles} test files failed to load)` : ''}`);
  }
}
// The conformance suite (Appwrite's own e2e tests against the emulator) also reports in assertions.
const conformance = 'packages/conformance/.reports/conformance.json';
if (existsSync(conformance)) {
  const c = JSON.parse(readFileSync(conformance, 'utf8'));
  console.log(`conformance assertions (${c.ported} ported, known differences in CONTRACT.md: ${c.known}): ${c.passed} passed, ${c.failed} failed`);
}
// The SSR examples' browser checks (scripts/ssr-examples.mjs) count like tests.
const ssr = '.reports/ssr-examples.json';
if (existsSync(ssr)) {
  const s = JSON.parse(readFileSync(ssr, 'utf8'));
  passed += s.passed;
  failed += s.failed;
  console.log(`ssr examples: ${s.passed} passed, ${s.failed} failed`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
