import { decodeImportedHash } from '../../auth/importedHashes.ts';
import type { UserRecord } from '../../models/records.ts';
import { toUserModel } from '../../models/userModel.ts';
import type { CoreTables } from '../../server/context.ts';

// The emulator's own hashes: scrypt with these costs over a random 16-byte salt (src/auth/password.ts).
const OWN_SCRYPT = { costCpu: 16384, costMemory: 8, costParallel: 1, length: 64 };

/**
 * Creates the Appwrite `user` model as the server API sends it: the client model plus the password
 * hash, its algorithm and options (Appwrite hides those three from sessions, not from keys).
 *
 * @param user The stored user.
 * @param tables The tables (for the user's targets).
 *
 * @returns The model.
 */
export function toServerUserModel(user: UserRecord, tables: CoreTables): Record<string, unknown> {
  const { $id, $createdAt, $updatedAt, name, ...rest } = toUserModel(user, tables);
  return { $id, $createdAt, $updatedAt, name, ...passwordFields(user.passwordHash), ...rest };
}

/**
 * Creates the `password`, `hash` and `hashOptions` fields from a stored hash.
 *
 * @param stored `UserRecord.passwordHash`.
 *
 * @returns The three fields.
 */
function passwordFields(stored: string): { password: string; hash: string; hashOptions: Record<string, unknown> } {
  const imported = decodeImportedHash(stored);
  if (imported) return { password: imported.password, hash: imported.hash, hashOptions: { ...imported.options, type: imported.hash } };
  const [, salt = '', key = ''] = stored.split('$');
  return { password: key, hash: 'scrypt', hashOptions: { type: 'scrypt', salt, ...OWN_SCRYPT } };
}
