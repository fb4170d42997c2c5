// Appwrite sends `search` to MariaDB's boolean-mode fulltext match after stripping operator
// characters and adding `*` after the last word: any word may match, the last one as a prefix,
// and a value wrapped in double quotes is a phrase.
const OPERATORS = /[@+\-*)(<>~"]/g;

/**
 * Creates a predicate telling whether a text matches an Appwrite fulltext search value.
 *
 * @param search The search value the client sent.
 *
 * @returns A predicate over attribute text.
 */
export function matchSearch(search: string): (text: unknown) => boolean {
  const exact = search.length > 1 && search.startsWith('"') && search.endsWith('"');
  const cleaned = search.replace(OPERATORS, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  if (cleaned === '') return () => false;
  if (exact) {
    // The fulltext index splits stored text into words too, so a phrase matches its words in a row,
    // whatever separates them (`ada@example.com` holds the phrase "ada example com").
    const phrase = ` ${words(cleaned).join(' ')} `;
    return (text) => typeof text === 'string' && ` ${words(text.toLowerCase()).join(' ')} `.includes(phrase);
  }
  const terms = cleaned.split(' ');
  const last = terms.pop() as string;
  return (text) => {
    const values = Array.isArray(text) ? text : [text];
    return values.some((value) => {
      if (typeof value !== 'string') return false;
      return words(value.toLowerCase()).some((word) => terms.includes(word) || word.startsWith(last));
    });
  };
}

/**
 * Splits a text into the words a fulltext index keeps (letters, digits and underscores).
 *
 * @param text The text.
 *
 * @returns The words.
 */
function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
}
