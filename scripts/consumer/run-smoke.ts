// Entry for Node, Bun and Deno: runs the smoke flow against the endpoint given as arguments
// and prints one JSON line. Node 20 has no global WebSocket, so `ws` is loaded only then.
import { runSmoke } from './smoke.js';
import type { WebSocketConstructor } from '@aw/realtime';

const [endpoint, project] = process.argv.slice(2);
if (!endpoint || !project) throw new Error('usage: run-smoke <endpoint> <project>');
const WebSocket = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket ?? ((await import('ws')).default as unknown as WebSocketConstructor);
const result = await runSmoke({ endpoint, project, WebSocket });
console.log(JSON.stringify(result));
