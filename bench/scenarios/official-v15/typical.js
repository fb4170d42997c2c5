// Typical app: login, current user, two-query document list, a document with ID and permissions,
// a file upload, a preview URL and the user's teams.
import { Account, Client, Databases, ID, Permission, Query, Role, Storage, Teams } from 'appwrite-v15';

export async function app(email, password, file) {
  const client = new Client().setEndpoint('https://cloud.appwrite.io/v1').setProject('bench');
  const account = new Account(client);
  const databases = new Databases(client);
  const storage = new Storage(client);
  await account.createEmailPasswordSession(email, password);
  const user = await account.get();
  const todos = await databases.listDocuments('main', 'todos', [Query.equal('owner', user.$id), Query.limit(25)]);
  await databases.createDocument('main', 'todos', ID.unique(), { title: 'Buy milk' }, [
    Permission.read(Role.user(user.$id)),
    Permission.update(Role.user(user.$id)),
  ]);
  const uploaded = await storage.createFile('photos', ID.unique(), file);
  const preview = storage.getFilePreview('photos', uploaded.$id, 200).toString();
  const teams = await new Teams(client).list();
  return { todos, preview, teams };
}
