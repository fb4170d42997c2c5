import { ID } from '@aw/core';
import { createDocument } from '@aw/databases';

export default defineEventHandler(async (event) => {
  const client = requireClient(event);
  const text = ((await readForm(event)).get('text') ?? '').trim().slice(0, 500);
  // No permissions given: Appwrite grants read, update and delete to the author alone.
  if (text) await createDocument(client, { ...NOTES, documentId: ID.unique(), data: { text } });
  return sendRedirect(event, '/', 303);
});
