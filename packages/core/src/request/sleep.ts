/**
 * Waits, unless the signal aborts first; then rejects with the signal's reason at once,
 * so an abort during a retry backoff does not wait for the timer.
 *
 * @param ms The wait in milliseconds.
 * @param signal The caller's signal, if any.
 *
 * @returns A promise that resolves after the wait.
 *
 * @internal
 */
export function _sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    // A signal fires 'abort' once, so the listener needs no `once`; one that has already fired
    // never will, so it is handled here.
    signal?.addEventListener('abort', onAbort);
    if (signal?.aborted) onAbort();
  });
}
