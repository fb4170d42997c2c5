/**
 * The globals the browser test's bundle puts on `window`, typed for `page.evaluate` (tests only).
 */
import { createClient } from '../client/createClient.ts';
import { upload } from './upload.ts';

export const aw = { createClient, upload };
