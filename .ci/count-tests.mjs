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
    passed += data.numPassedTests;
    failed += data.numFailedTests;
    console.log(`${dir}: ${data.numPassedTests} passed, ${data.numFailedTests} failed`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
