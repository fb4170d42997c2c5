import { describe, expect, it } from 'vitest';
import { decodeImportedHash, encodeImportedHash, verifyImportedHash, type HashAlgorithm } from './importedHashes.ts';
import { hashPassword, verifyPassword } from './password.ts';

// Hashes of the password "appwrite" made by other implementations: Appwrite 1.5.11's own e2e suite
// (PHP) and, for bcrypt, libxcrypt's crypt(3) at cost 5 (Appwrite's vector costs 15 rounds, seconds per check).
const VECTORS: Array<[HashAlgorithm, string, Record<string, unknown>]> = [
  ['md5', '144fa7eaa4904e8ee120651997f70dcc', {}],
  ['argon2', '$argon2i$v=19$m=20,t=3,p=2$YXBwd3JpdGU$A/54i238ed09ZR4NwlACU5XnkjNBZU9QeOEuhjLiexI', {}],
  ['sha', '4243da0a694e8a2f727c8060fe0507c8fa01ca68146c76d2c190805b638c20c6bf6ba04e21f11ae138785d0bff63c416e6f87badbffad37f6dee50094cc38c70', { version: 'sha512' }],
  ['scrypt', '3fdef49701bc4cfaacd551fe017283513284b4731e6945c263246ef948d3cf63b5d269c31fd697246085111a428245e24a4ddc6b64c687bc60a8910dbafc1d5b', { salt: 'appwrite', costCpu: 16384, costMemory: 13, costParallel: 2, length: 64 }],
  ['phpass', '$P$Br387rwferoKN7uwHZqNMu98q3U8RO.', {}],
  ['scryptMod', 'UlM7JiXRcQhzAGlaonpSqNSLIz475WMddOgLjej5De9vxTy48K6WtqlEzrRFeK4t0COfMhWCb8wuMHgxOFCHFQ==', { salt: 'UxLMreBr6tYyjQ==', saltSeparator: 'Bw==', signerKey: 'XyEKE9RcTDeLEsL/RjwPDBv/RqDl8fb3gpYEOQaPihbxf1ZAtSOHCjuAAa7Q3oHpCYhXSN9tizHgVOwn6krflQ==' }],
  ['bcrypt', '$2b$05$abcdefghijklmnopqrstuuOToP16KV78Z9oaRd7Vc5jOMmcZVx.cS', {}],
  // PHP's password_hash writes $2y$, the same algorithm.
  ['bcrypt', '$2y$05$abcdefghijklmnopqrstuuOToP16KV78Z9oaRd7Vc5jOMmcZVx.cS', {}],
];

describe('verifyImportedHash', () => {
  for (const [hash, password, options] of VECTORS) {
    it(`accepts the right password and refuses a wrong one for ${hash} (${password.slice(0, 7)}…)`, async () => {
      const encoded = encodeImportedHash({ hash, password, options });
      expect(await verifyImportedHash('appwrite', encoded)).toBe(true);
      expect(await verifyImportedHash('appwritf', encoded)).toBe(false);
      // The account routes verify through the same entry point as the emulator's own hashes.
      expect(await verifyPassword('appwrite', encoded)).toBe(true);
    });
  }

  it('checks every SHA version Appwrite offers', async () => {
    const sha256 = 'a4a9b1d4f1a8d4f8f4aa0dd13f2e6b6a8ca1b9f2c0ea2bd0de4e06f6f4b8cd5b';
    // A wrong digest for the version fails; the real sha256 digest of "appwrite" passes.
    expect(await verifyImportedHash('appwrite', encodeImportedHash({ hash: 'sha', password: sha256, options: { version: 'sha256' } }))).toBe(false);
    const { createHash } = await import('node:crypto');
    for (const [version, node] of [['sha1', 'sha1'], ['sha512/256', 'sha512-256'], ['sha3-256', 'sha3-256']]) {
      const digest = createHash(node!).update('appwrite').digest('hex');
      expect(await verifyImportedHash('appwrite', encodeImportedHash({ hash: 'sha', password: digest, options: { version } }))).toBe(true);
    }
    expect(await verifyImportedHash('appwrite', encodeImportedHash({ hash: 'sha', password: sha256, options: { version: 'whirlpool' } }))).toBe(false);
  });

  it('refuses hashes whose cost passes the bounds, without doing the work', async () => {
    const started = Date.now();
    const hugeArgon2 = '$argon2id$v=19$m=4194304,t=3,p=1$YXBwd3JpdGU$A/54i238ed09ZR4NwlACU5XnkjNBZU9QeOEuhjLiexI';
    expect(await verifyImportedHash('appwrite', encodeImportedHash({ hash: 'argon2', password: hugeArgon2, options: {} }))).toBe(false);
    expect(await verifyImportedHash('appwrite', encodeImportedHash({ hash: 'bcrypt', password: '$2b$31$abcdefghijklmnopqrstuuOToP16KV78Z9oaRd7Vc5jOMmcZVx.cS', options: {} }))).toBe(false);
    const scryptOptions = { salt: 'x', costCpu: 2 ** 22, costMemory: 8, costParallel: 1, length: 64 };
    expect(await verifyImportedHash('appwrite', encodeImportedHash({ hash: 'scrypt', password: 'ab', options: scryptOptions }))).toBe(false);
    expect(await verifyImportedHash('appwrite', encodeImportedHash({ hash: 'scrypt', password: 'ab', options: { ...scryptOptions, costCpu: 1000 } }))).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('treats malformed stored values as matching nothing', async () => {
    expect(await verifyImportedHash('appwrite', 'imported$not-json')).toBe(false);
    expect(decodeImportedHash('scrypt$aa$bb')).toBeUndefined();
    expect(await verifyImportedHash('appwrite', encodeImportedHash({ hash: 'phpass', password: '$P$short', options: {} }))).toBe(false);
    expect(await verifyImportedHash('appwrite', encodeImportedHash({ hash: 'nope' as HashAlgorithm, password: 'x', options: {} }))).toBe(false);
  });

  it('leaves the emulator\'s own hashes to the scrypt path', async () => {
    const own = await hashPassword('appwrite');
    expect(decodeImportedHash(own)).toBeUndefined();
    expect(await verifyPassword('appwrite', own)).toBe(true);
  });
});
