import type { TokenRecord } from './records.ts';

/**
 * Creates the Appwrite `token` model. Appwrite never sends the secret of a login
 * token to the client (it goes by email/SMS), so `secret` is '' unless given.
 *
 * @param token The stored token.
 * @param secret The secret to reveal, if this flow reveals it.
 *
 * @returns The model.
 */
export function toTokenModel(token: TokenRecord, secret = ''): Record<string, unknown> {
  return { $id: token.$id, $createdAt: token.$createdAt, userId: token.userId, secret, expire: token.expire, phrase: token.phrase };
}
