// Every operation: a client and every service class.
export { Account, Avatars, Client, Databases, Functions, Graphql, Locale, Messaging, Storage, Teams } from 'appwrite-latest';
