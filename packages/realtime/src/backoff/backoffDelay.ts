/**
 * Returns how long to wait before reconnect attempt number `attempt` (0 for the first): the base
 * delay doubled per attempt, capped, then scaled into its upper half at random so that many
 * clients dropped at once do not all come back in the same instant.
 *
 * @param attempt The number of attempts already made since the last successful connection.
 * @param baseDelay The first delay in milliseconds.
 * @param maxDelay The longest delay in milliseconds.
 * @param random A number in [0, 1); `Math.random()` unless a test pins it.
 *
 * @returns The delay in milliseconds.
 */
// @__NO_SIDE_EFFECTS__
export function backoffDelay(attempt: number, baseDelay: number, maxDelay: number, random: number = Math.random()): number {
  const capped = Math.min(maxDelay, baseDelay * 2 ** Math.min(attempt, 30));
  return Math.round(capped / 2 + (capped / 2) * random);
}
