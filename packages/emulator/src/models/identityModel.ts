import type { IdentityRecord } from './records.ts';

/**
 * Creates the Appwrite `identity` model (provider tokens are never revealed).
 *
 * @param identity The stored identity.
 *
 * @returns The model.
 */
export function toIdentityModel(identity: IdentityRecord): Record<string, unknown> {
  return {
    $id: identity.$id,
    $createdAt: identity.$createdAt,
    $updatedAt: identity.$updatedAt,
    userId: identity.userId,
    provider: identity.provider,
    providerUid: identity.providerUid,
    providerEmail: identity.providerEmail,
    providerAccessToken: '',
    providerAccessTokenExpiry: '',
    providerRefreshToken: '',
  };
}
