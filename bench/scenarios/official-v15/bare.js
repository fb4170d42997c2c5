// Bare client: configure a client and nothing else.
import { Client } from 'appwrite-v15';

export const client = new Client().setEndpoint('https://cloud.appwrite.io/v1').setProject('bench');
