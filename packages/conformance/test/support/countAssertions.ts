import { afterEach, expect } from 'vitest';
import { knownDifferencesOfCurrentTest } from './appwrite.ts';

// Records how many assertions each test ran, and which known differences it met, for the reporter.
afterEach((context) => {
  const meta = context.task.meta as { assertions?: number; knownDifferences?: string[] };
  meta.assertions = expect.getState().assertionCalls;
  meta.knownDifferences = knownDifferencesOfCurrentTest.splice(0);
});
