/**
 * Config problem interface: one mistake in an `appwrite.json`, where it is and what is wrong.
 */
export interface ConfigProblem {
  /** Where: `file:line:column` for a file, `name at path` for an object. */
  readonly where: string;
  /** The line (1-based), when the config came from a file. */
  readonly line?: number;
  /** The column (1-based, in UTF-16 code units), when the config came from a file. */
  readonly column?: number;
  /** One sentence saying what is wrong and what would be right. */
  readonly reason: string;
}

/**
 * Creates the one line that reports a problem: `where: reason`.
 *
 * @param problem The problem.
 *
 * @returns The line.
 */
export function formatProblem(problem: ConfigProblem): string {
  return `${problem.where}: ${problem.reason}`;
}

// typegen and the emulator each bundle a copy of this class; the brand lets `instanceof` see both.
const BRAND = Symbol.for('@aw/appwrite-config/error');

/**
 * Thrown when an `appwrite.json` cannot be used. Its message is the first problem's line; every
 * problem found is in `problems`.
 */
export class AppwriteConfigError extends Error {
  override readonly name = 'AppwriteConfigError';
  /** Every problem found, in the order of the file. */
  readonly problems: readonly ConfigProblem[];

  /**
   * Creates the error from the problems found (at least one).
   *
   * @param problems The problems.
   */
  constructor(problems: readonly ConfigProblem[]) {
    super(formatProblem(problems[0]!));
    this.problems = problems;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * Tells whether a value is an `AppwriteConfigError`, from this copy of the class or another.
   *
   * @param value Any value.
   *
   * @returns Whether it is one.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  /**
   * Creates a plain copy for loggers, which copy only own enumerable fields.
   *
   * @returns The name, message and problems.
   */
  toJSON(): { name: string; message: string; problems: readonly ConfigProblem[] } {
    return { name: this.name, message: this.message, problems: this.problems };
  }
}
