// The signed-in home page, rendered on the server: the user and their notes are in the HTML
// before any script runs. `locals.client` is this request's own client (hooks.server.ts).
import { getCurrentUser, logoutSessionById } from '@aw/account';
import { clearSessionCookie } from '@aw/account/ssr';
import { ID, isAppwriteError, Query } from '@aw/core';
import { createDocument, listUserDocuments } from '@aw/databases';
import { listFiles } from '@aw/storage';
import { redirect } from '@sveltejs/kit';
import { field } from '$lib/server/auth';
import { APPWRITE_ENDPOINT, APPWRITE_PROJECT, NOTES, SESSION_COOKIE, UPLOADS_BUCKET } from '$lib/server/config';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
  const client = locals.client;
  if (!client) redirect(303, '/sign-in');
  const user = await getCurrentUser(client).catch((error: unknown) => {
    // The cookie outlived its session (signed out elsewhere, expired): sign in again.
    if (isAppwriteError(error) && error.status === 401) redirect(303, '/sign-in');
    throw error;
  });
  const [notes, files] = await Promise.all([
    listUserDocuments<{ text: string }>(client, { ...NOTES, queries: [Query.orderDesc('$createdAt'), Query.limit(50)] }),
    listFiles(client, { bucketId: UPLOADS_BUCKET, queries: [Query.orderDesc('$createdAt'), Query.limit(20)] }),
  ]);
  return {
    user: { name: user.name, email: user.email },
    notes: notes.documents.map((note) => ({ $id: note.$id, text: note.text })),
    notesTotal: notes.total,
    files: files.files.map((file) => ({ $id: file.$id, name: file.name, size: file.sizeOriginal })),
    filesTotal: files.total,
    appwrite: { endpoint: APPWRITE_ENDPOINT(), project: APPWRITE_PROJECT(), bucketId: UPLOADS_BUCKET },
  };
};

export const actions: Actions = {
  addNote: async ({ locals, request }) => {
    if (!locals.client) redirect(303, '/sign-in');
    const text = field(await request.formData(), 'text').trim().slice(0, 500);
    // No permissions given: Appwrite grants read, update and delete to the author alone.
    if (text) await createDocument(locals.client, { ...NOTES, documentId: ID.unique(), data: { text } });
  },
  signOut: async ({ locals, cookies, url }) => {
    if (locals.client) {
      // A session that already ended is as signed out as one ended now.
      await logoutSessionById(locals.client, { sessionId: 'current' }).catch((error: unknown) => {
        if (!isAppwriteError(error) || error.status !== 401) throw error;
      });
    }
    const cookie = clearSessionCookie({ url, name: SESSION_COOKIE });
    cookies.set(cookie.name, cookie.value, cookie.attributes);
    redirect(303, '/sign-in');
  },
};
