// Where Appwrite is. Without the two variables the app talks to the local emulator that
// `pnpm dev` (dev.mjs) starts with this example's appwrite.json.
import { env } from '$env/dynamic/private';
import appwriteJson from '../../../appwrite.json';

/** The Appwrite endpoint, such as `https://cloud.appwrite.io/v1`. */
export const APPWRITE_ENDPOINT = (): string => env.APPWRITE_ENDPOINT ?? 'http://127.0.0.1:8787/v1';
/** The Appwrite project ID. */
export const APPWRITE_PROJECT = (): string => env.APPWRITE_PROJECT ?? appwriteJson.projectId;
/** This app's own cookie, holding the user's Appwrite session secret. */
export const SESSION_COOKIE = 'notes_session';

/** The database and collection of the notes, and the bucket of the uploads, as in appwrite.json. */
export const NOTES = { databaseId: 'notes', collectionId: 'notes' } as const;
export const UPLOADS_BUCKET = 'uploads';
