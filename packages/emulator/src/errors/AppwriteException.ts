import { errorCodes, type ErrorType } from '../generated/errorTypes.ts';

/** The Appwrite version the emulator reports in error bodies. */
export const APPWRITE_VERSION = '1.5.8';

/**
 * An error that the emulator answers as an Appwrite error body
 * `{ message, code, type, version }` with the HTTP code Appwrite uses for `type`.
 */
export class AppwriteException extends Error {
  /** The Appwrite error type. */
  readonly type: ErrorType;
  /** The HTTP status code. */
  readonly code: number;

  /**
   * Creates an Appwrite error.
   *
   * @param type The Appwrite 1.5 error type.
   * @param message The human-readable message; a generic one is used when omitted.
   */
  constructor(type: ErrorType, message?: string) {
    super(message ?? defaultMessage(type));
    this.name = 'AppwriteException';
    this.type = type;
    this.code = errorCodes[type];
  }

  /**
   * Creates the JSON body Appwrite sends for this error.
   *
   * @returns The error body.
   */
  toJSON(): { message: string; code: number; type: string; version: string } {
    return { message: this.message, code: this.code, type: this.type, version: APPWRITE_VERSION };
  }
}

/**
 * Throws an Appwrite error of the given type.
 *
 * @param type The Appwrite 1.5 error type.
 * @param message The message; a generic one is used when omitted.
 *
 * @returns Never.
 */
export function fail(type: ErrorType, message?: string): never {
  throw new AppwriteException(type, message);
}

/**
 * Creates a generic message from an error type, e.g. `user_not_found` -> "User not found.".
 *
 * @param type The error type.
 *
 * @returns The message.
 */
function defaultMessage(type: ErrorType): string {
  const words = type.replace(/_/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}
