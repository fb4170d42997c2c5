/**
 * Emits the union type of Appwrite's error type strings.
 *
 * @param {{ type: string, code: number }[]} errorTypes The error types with their HTTP codes.
 * @param {string} header The generated-file header line.
 * @returns {string} The file contents.
 */
export function emitErrorTypes(errorTypes, header) {
  const lines = [...new Set(errorTypes.map((entry) => entry.type))].map((type) => `  | '${type}'`);
  return `${header}

/** Appwrite 1.5 error types, as sent in the \`type\` field of an error body. */
export type AppwriteErrorType =
${lines.join('\n')};
`;
}
