import { startEmulator } from '@aw/emulator';
import { createClient, memoryCookieStorage } from '@aw/core';
import { registerUser, createEmailPasswordSession } from '@aw/account';
import WebSocket from 'ws';
import { createRealtime, documents } from './dist/index.js';
const emu = await startEmulator({ rateLimits: false });
const client = createClient({ endpoint: emu.url, project: emu.projectId, cookieStorage: memoryCookieStorage() });
await registerUser(client, { userId: 'alice', email: 'a@example.com', password: 'password-123' });
await createEmailPasswordSession(client, { email: 'a@example.com', password: 'password-123' });
console.log('fallback', client.cookieStorage.getItem('cookieFallback'));
class T extends WebSocket { constructor(u) { super(u); console.log('open', u); this.on('message', (d) => console.log('msg', String(d).slice(0, 200))); } }
const rt = createRealtime({ WebSocket: T });
rt.subscribe(client, documents('main', 'notes'), (e) => console.log('event', e), { onConnected: () => console.log('CONNECTED'), onError: (e) => console.log('onError', e) });
setTimeout(async () => { rt.close(); await emu.close(); }, 1500);
