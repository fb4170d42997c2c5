import { createCipheriv, createHash, scrypt, timingSafeEqual } from 'node:crypto';
import { argon2Verify, bcryptVerify } from 'hash-wasm';

/** The password hash algorithms Appwrite 1.5 imports users with (the `hash` field of the user model). */
export type HashAlgorithm = 'argon2' | 'bcrypt' | 'md5' | 'sha' | 'phpass' | 'scrypt' | 'scryptMod';

/** A password hash made elsewhere, kept as it was given so the user can sign in with their old password. */
export interface ImportedHash {
  /** The algorithm. */
  hash: HashAlgorithm;
  /** The hash as the import route received it. */
  password: string;
  /** The algorithm's options (`hashOptions` of the user model, `type` included). */
  options: Record<string, unknown>;
}

/** Marks an imported hash in `UserRecord.passwordHash`; the emulator's own hashes start with `scrypt$`. */
export const IMPORTED_PREFIX = 'imported$';

// SHA versions the `sha` import accepts (Appwrite 1.5's list), mapped to node's names.
export const SHA_VERSIONS: Readonly<Record<string, string>> = {
  sha1: 'sha1', sha224: 'sha224', sha256: 'sha256', sha384: 'sha384', 'sha512/224': 'sha512-224', 'sha512/256': 'sha512-256',
  sha512: 'sha512', 'sha3-224': 'sha3-224', 'sha3-256': 'sha3-256', 'sha3-384': 'sha3-384', 'sha3-512': 'sha3-512',
};

// Bounds on the work one sign-in may cost: a hostile import must not stall the server.
const MAX_MEMORY_BYTES = 256 * 1024 * 1024;
const MAX_BCRYPT_COST = 16;
const MAX_ARGON2_PASSES = 16;
const MAX_KEY_LENGTH = 1024;

/**
 * Creates the stored form of an imported hash.
 *
 * @param imported The hash, its algorithm and options.
 *
 * @returns The text kept in `UserRecord.passwordHash`.
 */
export function encodeImportedHash(imported: ImportedHash): string {
  return `${IMPORTED_PREFIX}${Buffer.from(JSON.stringify(imported)).toString('base64url')}`;
}

/**
 * Reads the stored form of an imported hash.
 *
 * @param encoded `UserRecord.passwordHash`.
 *
 * @returns The hash, or undefined when it is not an imported one.
 */
export function decodeImportedHash(encoded: string): ImportedHash | undefined {
  if (!encoded.startsWith(IMPORTED_PREFIX)) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(encoded.slice(IMPORTED_PREFIX.length), 'base64url').toString('utf8')) as ImportedHash;
    if (typeof parsed?.password !== 'string' || typeof parsed.hash !== 'string') return undefined;
    return { hash: parsed.hash, password: parsed.password, options: parsed.options ?? {} };
  } catch {
    return undefined;
  }
}

/**
 * Checks a password against an imported hash, the way Appwrite 1.5 verifies each algorithm.
 * Hashes whose cost passes the emulator's bounds never match.
 *
 * @param plain The password the user typed.
 * @param encoded `UserRecord.passwordHash` holding an imported hash.
 *
 * @returns Whether the password is right.
 */
export async function verifyImportedHash(plain: string, encoded: string): Promise<boolean> {
  const imported = decodeImportedHash(encoded);
  if (!imported) return false;
  const { password: expected, options } = imported;
  try {
    switch (imported.hash) {
      case 'argon2':
        return argon2WithinBounds(expected) && (await argon2Verify({ password: plain, hash: expected }));
      case 'bcrypt':
        return bcryptWithinBounds(expected) && (await bcryptVerify({ password: plain, hash: normaliseBcrypt(expected) }));
      case 'md5':
        return sameText(createHash('md5').update(plain).digest('hex'), expected);
      case 'sha': {
        const algorithm = SHA_VERSIONS[String(options.version ?? 'sha3-512')];
        return algorithm !== undefined && sameText(createHash(algorithm).update(plain).digest('hex'), expected);
      }
      case 'phpass':
        return verifyPhpass(plain, expected);
      case 'scrypt': {
        const N = Number(options.costCpu ?? 8);
        const r = Number(options.costMemory ?? 14);
        const p = Number(options.costParallel ?? 1);
        const length = Number(options.length ?? 64);
        if (!scryptWithinBounds(N, r, p, length)) return false;
        const key = await scryptBytes(Buffer.from(plain), Buffer.from(String(options.salt ?? '')), length, N, r, p);
        return sameText(key.toString('hex'), expected);
      }
      case 'scryptMod':
        return sameText(await scryptModified(plain, options), expected);
      default:
        return false;
    }
  } catch {
    // A malformed imported hash (bad base64, bad parameters) matches no password.
    return false;
  }
}

/**
 * Creates Firebase's modified scrypt hash (scrypt over salt + separator, then AES-256-CTR of the signer key).
 *
 * @param plain The password.
 * @param options `salt`, `saltSeparator` and `signerKey`, base64.
 *
 * @returns The base64 hash.
 */
async function scryptModified(plain: string, options: Record<string, unknown>): Promise<string> {
  const salt = Buffer.concat([Buffer.from(String(options.salt ?? ''), 'base64'), Buffer.from(String(options.saltSeparator ?? ''), 'base64')]);
  const derived = await scryptBytes(Buffer.from(plain, 'utf8'), salt, 64, 16384, 8, 1);
  const cipher = createCipheriv('aes-256-ctr', derived.subarray(0, 32), Buffer.alloc(16));
  const signer = Buffer.from(String(options.signerKey ?? ''), 'base64');
  return Buffer.concat([cipher.update(signer), cipher.final()]).toString('base64');
}

/**
 * Runs scrypt with a memory bound large enough for the accepted costs.
 *
 * @param password The password bytes.
 * @param salt The salt bytes.
 * @param length The key length.
 * @param N The CPU/memory cost.
 * @param r The block size.
 * @param p The parallelism.
 *
 * @returns The key.
 */
function scryptBytes(password: Buffer, salt: Buffer, length: number, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, length, { N, r, p, maxmem: MAX_MEMORY_BYTES + 1024 * 1024 }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

function scryptWithinBounds(N: number, r: number, p: number, length: number): boolean {
  const integers = [N, r, p, length].every((n) => Number.isInteger(n) && n > 0);
  return integers && N > 1 && (N & (N - 1)) === 0 && p <= 16 && length <= MAX_KEY_LENGTH && 128 * N * r * p <= MAX_MEMORY_BYTES;
}

function argon2WithinBounds(hash: string): boolean {
  const params = /\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(hash);
  if (!params) return false;
  const [memoryKiB, passes, lanes] = params.slice(1).map(Number) as [number, number, number];
  return memoryKiB * 1024 <= MAX_MEMORY_BYTES && passes <= MAX_ARGON2_PASSES && lanes <= 64;
}

function bcryptWithinBounds(hash: string): boolean {
  const cost = /^\$2[abxy]\$(\d{2})\$/.exec(hash);
  return cost !== null && Number(cost[1]) <= MAX_BCRYPT_COST;
}

// PHP writes `$2y$`; the algorithm is the same as `$2b$`, which is what the verifier knows.
function normaliseBcrypt(hash: string): string {
  return hash.replace(/^\$2[xy]\$/, '$2b$');
}

function sameText(actual: string, expected: string): boolean {
  const a = Buffer.from(actual);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const ITOA64 = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Checks a phpass hash: the portable `$P$`/`$H$` iterated MD5, or a bcrypt hash that phpass wrote.
 *
 * @param plain The password.
 * @param expected The stored hash.
 *
 * @returns Whether the password is right.
 */
async function verifyPhpass(plain: string, expected: string): Promise<boolean> {
  if (expected.startsWith('$2')) return bcryptWithinBounds(expected) && bcryptVerify({ password: plain, hash: normaliseBcrypt(expected) });
  if (!/^\$[PH]\$/.test(expected) || expected.length !== 34) return false;
  const countLog2 = ITOA64.indexOf(expected[3] ?? '');
  if (countLog2 < 7 || countLog2 > 30) return false;
  const salt = expected.slice(4, 12);
  const password = Buffer.from(plain, 'utf8');
  let digest = createHash('md5').update(Buffer.concat([Buffer.from(salt, 'latin1'), password])).digest();
  for (let round = 0; round < 2 ** countLog2; round += 1) digest = createHash('md5').update(Buffer.concat([digest, password])).digest();
  return sameText(expected.slice(0, 12) + encode64(digest, 16), expected);
}

/**
 * Encodes bytes in phpass's base64 alphabet and order.
 *
 * @param input The bytes.
 * @param count How many to encode.
 *
 * @returns The text.
 */
function encode64(input: Buffer, count: number): string {
  let output = '';
  let i = 0;
  do {
    let value = input[i++]!;
    output += ITOA64[value & 0x3f];
    if (i < count) value |= input[i]! << 8;
    output += ITOA64[(value >> 6) & 0x3f];
    if (i++ >= count) break;
    if (i < count) value |= input[i]! << 16;
    output += ITOA64[(value >> 12) & 0x3f];
    if (i++ >= count) break;
    output += ITOA64[(value >> 18) & 0x3f];
  } while (i < count);
  return output;
}
