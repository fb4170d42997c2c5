import { randomInt } from 'node:crypto';

const ADJECTIVES = ['Brave', 'Calm', 'Eager', 'Gentle', 'Happy', 'Lively', 'Proud', 'Quiet', 'Swift', 'Witty', 'Bold', 'Bright'];
const NOUNS = ['Falcon', 'Otter', 'Maple', 'River', 'Comet', 'Harbor', 'Lantern', 'Meadow', 'Pebble', 'Summit', 'Willow', 'Tiger'];

/**
 * Creates a two-word phrase the user can compare between the login screen and the email.
 *
 * @returns The phrase, e.g. "Brave Otter".
 */
export function securityPhrase(): string {
  return `${ADJECTIVES[randomInt(ADJECTIVES.length)]} ${NOUNS[randomInt(NOUNS.length)]}`;
}
