import { describeClient } from './describeClient.ts';
import type { SessionRecord } from './records.ts';

/**
 * Creates the Appwrite `session` model.
 *
 * @param session The stored session.
 * @param currentId The id of the caller's session (sets `current`).
 * @param secret The secret to reveal; Appwrite reveals it to clients only in special flows, so usually ''.
 *
 * @returns The model.
 */
export function toSessionModel(session: SessionRecord, currentId: string | undefined, secret = ''): Record<string, unknown> {
  return {
    $id: session.$id,
    $createdAt: session.$createdAt,
    $updatedAt: session.$updatedAt,
    userId: session.userId,
    expire: session.expire,
    provider: session.provider,
    providerUid: session.providerUid,
    providerAccessToken: '',
    providerAccessTokenExpiry: '',
    providerRefreshToken: '',
    ip: session.ip,
    ...describeClient(session.userAgent),
    countryCode: '--',
    countryName: 'Unknown',
    current: session.$id === currentId,
    factors: session.factors,
    secret,
    mfaUpdatedAt: session.mfaUpdatedAt,
  };
}
