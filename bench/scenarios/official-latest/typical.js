// Typical app: login, current user, two-query document list, a document with ID and permissions,
// a file upload, a preview URL and the user's teams.
import { Account, Client, Databases, ID, Permission, Query, Role, Storage, Teams } from 'appwrite-latest';

export async function app(email, password, file) {
  const client = new Client().setEndpoint('https://cloud.appwrite.io/v1').setProject('bench');
  const account = new Account(client);
  const databases = new Databases(client);
  const storage = new Storage(client);
  await account.createEmailPasswordSession({ email, password });
  const user = await account.get();
  const todos = await databases.listDocuments({
    databaseId: 'main',
    collectionId: 'todos',
    queries: [Query.equal('owner', user.$id), Query.limit(25)],
  });
  await databases.createDocument({
    databaseId: 'main',
    collectionId: 'todos',
    documentId: ID.unique(),
    data: { title: 'Buy milk' },
    permissions: [Permission.read(Role.user(user.$id)), Permission.update(Role.user(user.$id))],
  });
  const uploaded = await storage.createFile({ bucketId: 'photos', fileId: ID.unique(), file });
  const preview = storage.getFilePreview({ bucketId: 'photos', fileId: uploaded.$id, width: 200 });
  const teams = await new Teams(client).list();
  return { todos, preview, teams };
}
