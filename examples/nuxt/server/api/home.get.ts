// What the home page shows, read as the user: the page calls it with useFetch, which on the
// server forwards the browser's cookie, so the data is in the HTML before any script runs.
import { getCurrentUser } from '@aw/account';
import { isAppwriteError, Query } from '@aw/core';
import { listUserDocuments } from '@aw/databases';
import { listFiles } from '@aw/storage';

export default defineEventHandler(async (event) => {
  const client = requireClient(event);
  const user = await getCurrentUser(client).catch((error: unknown) => {
    if (isAppwriteError(error) && error.status === 401) throw createError({ statusCode: 401, statusMessage: 'session ended' });
    throw error;
  });
  const [notes, files] = await Promise.all([
    listUserDocuments<{ text: string }>(client, { ...NOTES, queries: [Query.orderDesc('$createdAt'), Query.limit(50)] }),
    listFiles(client, { bucketId: UPLOADS_BUCKET, queries: [Query.orderDesc('$createdAt'), Query.limit(20)] }),
  ]);
  setHeader(event, 'cache-control', 'no-store');
  return {
    user: { name: user.name, email: user.email },
    notes: notes.documents.map((note) => ({ $id: note.$id, text: note.text })),
    notesTotal: notes.total,
    files: files.files.map((file) => ({ $id: file.$id, name: file.name, size: file.sizeOriginal })),
    filesTotal: files.total,
    appwrite: { endpoint: appwriteEndpoint(), project: appwriteProject(), bucketId: UPLOADS_BUCKET },
  };
});
