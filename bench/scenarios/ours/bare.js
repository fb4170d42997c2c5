// Bare client: configure a client and nothing else.
import { createClient } from '@aw/core';

export const client = createClient({ endpoint: 'https://cloud.appwrite.io/v1', project: 'bench' });
