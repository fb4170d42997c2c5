// Typical app: login, current user, two-query document list, a document with ID and permissions,
// a file upload, a preview URL and the user's teams.
import { createClient } from '@aw/core';
import * as ID from '@aw/core/id';
import * as Permission from '@aw/core/permission';
import * as Query from '@aw/core/query';
import * as Role from '@aw/core/role';
import { createEmailPasswordSession, getCurrentUser } from '@aw/account';
import { createDocument, listUserDocuments } from '@aw/databases';
import { createFile, getFilePreviewImageUrl } from '@aw/storage';
import { getUserMemberships } from '@aw/teams';

export async function app(email, password, file) {
  const client = createClient({ endpoint: 'https://cloud.appwrite.io/v1', project: 'bench' });
  await createEmailPasswordSession(client, { email, password });
  const user = await getCurrentUser(client);
  const todos = await listUserDocuments(client, {
    databaseId: 'main',
    collectionId: 'todos',
    queries: [Query.equal('owner', user.$id), Query.limit(25)],
  });
  await createDocument(client, {
    databaseId: 'main',
    collectionId: 'todos',
    documentId: ID.unique(),
    data: { title: 'Buy milk' },
    permissions: [Permission.read(Role.user(user.$id)), Permission.update(Role.user(user.$id))],
  });
  const uploaded = await createFile(client, { bucketId: 'photos', fileId: ID.unique(), file });
  const preview = getFilePreviewImageUrl(client, { bucketId: 'photos', fileId: uploaded.$id, width: 200 });
  const teams = await getUserMemberships(client);
  return { todos, preview, teams };
}
