import { fail } from '../../errors/AppwriteException.ts';
import type { EmulatorContext } from '../../server/context.ts';
import type { BucketConfig } from './types.ts';

/**
 * Creates the lookup of a bucket declared in appwrite.json; missing or disabled buckets answer 404.
 *
 * @param ctx The emulator context.
 * @param bucketId The bucket ID.
 *
 * @returns The bucket declaration.
 */
export function findBucket(ctx: EmulatorContext, bucketId: unknown): BucketConfig {
  const bucket = ctx.config.buckets.find((item) => item.$id === bucketId);
  if (!bucket || bucket.enabled === false) fail('storage_bucket_not_found', `Bucket '${String(bucketId)}' was not found.`);
  return bucket;
}
