import { afterEach, expect } from 'vitest';

// Records how many assertions each test ran, so the reporter can count passed and failed assertions.
afterEach((context) => {
  (context.task.meta as { assertions?: number }).assertions = expect.getState().assertionCalls;
});
