import { createSsrServer } from './createSsrServer.ts';

// Configuration comes from the environment, as it would in a deployed app.
const endpoint = process.env.AW_ENDPOINT ?? 'http://127.0.0.1:8787/v1';
const project = process.env.AW_PROJECT ?? 'aw-emulator';
const port = Number(process.env.PORT ?? 3000);

const server = createSsrServer({ endpoint, project, secureCookies: endpoint.startsWith('https:') && process.env.NODE_ENV === 'production' });
server.listen(port, '127.0.0.1', () => {
  console.log(`SSR example on http://127.0.0.1:${port} (Appwrite: ${endpoint}, project ${project})`);
});
