/**
 * Realtime error class: a problem with the realtime socket, reported through `onError`.
 */
export class RealtimeError extends Error {
  /** The error or close code: Appwrite's error code, or a WebSocket close code such as 1008. */
  readonly code: number;

  /**
   * Creates a realtime error.
   *
   * @param message The error message.
   * @param code The error or close code.
   * @param options The standard error options, such as `cause`.
   */
  constructor(message: string, code: number, options?: ErrorOptions) {
    super(message, options);
    this.name = 'RealtimeError';
    this.code = code;
  }
}
