// The signed-in home page, rendered on the server: the user and their notes are in the HTML
// before any script runs. Each request gets its own client from its own cookie.
import { getCurrentUser } from '@aw/account';
import { isAppwriteError, Query } from '@aw/core';
import { listUserDocuments } from '@aw/databases';
import { listFiles } from '@aw/storage';
import { redirect } from 'next/navigation';
import { sessionClient } from '../lib/appwrite';
import { APPWRITE_ENDPOINT, APPWRITE_PROJECT, NOTES, UPLOADS_BUCKET } from '../lib/config';
import { addNote, signOut } from './actions';
import { LiveNotes } from './LiveNotes';
import { UploadForm } from './UploadForm';

export default async function HomePage() {
  const client = await sessionClient();
  if (!client) redirect('/sign-in');
  const user = await getCurrentUser(client).catch((error: unknown) => {
    // The cookie outlived its session (signed out elsewhere, expired): sign in again.
    if (isAppwriteError(error) && error.status === 401) redirect('/sign-in?error=session_ended');
    throw error;
  });
  const [notes, files] = await Promise.all([
    listUserDocuments<{ text: string }>(client, { ...NOTES, queries: [Query.orderDesc('$createdAt'), Query.limit(50)] }),
    listFiles(client, { bucketId: UPLOADS_BUCKET, queries: [Query.orderDesc('$createdAt'), Query.limit(20)] }),
  ]);
  return (
    <main>
      <h1>Notes of <span id="user-name">{user.name}</span></h1>
      <p id="user-email">{user.email}</p>
      <form action={signOut}>
        <button type="submit" id="sign-out">Sign out</button>
      </form>

      <h2>Your notes ({notes.total})</h2>
      <ul id="notes">
        {notes.documents.map((note) => (
          <li key={note.$id} data-id={note.$id}>{note.text}</li>
        ))}
      </ul>
      <form action={addNote} id="add-note">
        <input name="text" required maxLength={500} placeholder="A new note" />
        <button type="submit">Add</button>
      </form>

      <LiveNotes />

      <h2>Your files ({files.total})</h2>
      <ul id="files">
        {files.files.map((file) => (
          <li key={file.$id}>{file.name} ({file.sizeOriginal} bytes)</li>
        ))}
      </ul>
      <UploadForm endpoint={APPWRITE_ENDPOINT} project={APPWRITE_PROJECT} bucketId={UPLOADS_BUCKET} />
    </main>
  );
}
