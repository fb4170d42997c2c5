// Bare client: configure a client and nothing else.
import { Client } from 'appwrite-latest';

export const client = new Client().setEndpoint('https://cloud.appwrite.io/v1').setProject('bench');
