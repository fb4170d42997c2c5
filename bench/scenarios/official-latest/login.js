// Login + current user: an email/password session, then the signed-in user.
import { Account, Client } from 'appwrite-latest';

export async function app(email, password) {
  const client = new Client().setEndpoint('https://cloud.appwrite.io/v1').setProject('bench');
  const account = new Account(client);
  await account.createEmailPasswordSession({ email, password });
  return account.get();
}
