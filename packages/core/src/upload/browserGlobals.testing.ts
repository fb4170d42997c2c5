/**
 * The globals the browser test's bundle puts on `window`, typed for `page.evaluate` (tests only).
 */
import { createClient } from '../client/createClient.ts';
import { _encodePath } from '../request/encodePath.ts';
import { _formBody } from '../request/formBody.ts';
import { upload } from './upload.ts';

export const aw = { createClient, upload, _encodePath, _formBody };
