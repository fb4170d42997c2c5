import { createClient, type Client } from '@aw/core';
import { APPWRITE_ENDPOINT, APPWRITE_PROJECT } from './config';

/**
 * A fresh guest client for one request. Never a module-level client: core keeps a guest's
 * fallback cookie in the client it made the call with, and one process serves every user.
 */
export function guestClient(): Client {
  return createClient({ endpoint: APPWRITE_ENDPOINT(), project: APPWRITE_PROJECT() });
}
