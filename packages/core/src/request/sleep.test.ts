import { getEventListeners } from 'node:events';
import { expect, test } from 'vitest';
import { _sleep } from './sleep.ts';

test('resolves after the wait', async () => {
  const started = performance.now();
  await _sleep(30, undefined);
  expect(performance.now() - started).toBeGreaterThanOrEqual(25);
});

test('rejects at once with the reason when the signal aborts during the wait', async () => {
  const controller = new AbortController();
  const started = performance.now();
  setTimeout(() => controller.abort(), 10);
  await expect(_sleep(10_000, controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
  expect(performance.now() - started).toBeLessThan(1000);
});

test('rejects without waiting when the signal has already aborted', async () => {
  const reason = new Error('gone');
  await expect(_sleep(10_000, AbortSignal.abort(reason))).rejects.toBe(reason);
});

test('leaves no listener on the signal once the wait is over', async () => {
  const controller = new AbortController();
  await _sleep(5, controller.signal);
  expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
});
