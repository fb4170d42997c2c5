// Measures how the built emulator answers hostile requests (time, status, memory of the server process).
// Usage: node packages/emulator/scripts/measure-hostile-input.mjs packages/emulator/dist/cli.js (after `pnpm --filter @aw/emulator build`).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const cli = process.argv[2];
const child = spawn(process.execPath, [cli, '--port', '0', '--no-rate-limits'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve) => child.stdout.on('data', (d) => { const m = /http:\/\/\S+/.exec(String(d)); if (m) resolve(m[0]); }));
const mem = (key) => Number(/(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(key)))[1]) / 1024;
const H = { 'X-Appwrite-Project': 'aw-emulator' };
async function timed(label, path, init = {}) {
  const t = performance.now();
  const r = await fetch(url + path, { ...init, headers: { ...H, ...(init.headers ?? {}) } });
  const body = await r.text();
  console.log(`${label}: ${r.status} in ${(performance.now() - t).toFixed(0)} ms ${body.slice(0, 90).replace(/\s+/g, ' ')}`);
}
const remote = createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'image/png' });
  const block = Buffer.alloc(1 << 20); let left = 400;
  const pump = () => { while (left > 0 && !res.destroyed) { left--; if (!res.write(block)) return void res.once('drain', pump); } res.end(); };
  res.on('close', () => (left = 0)); pump();
});
await new Promise((r) => remote.listen(0, '127.0.0.1', r));
console.log(`start: rss ${mem('VmRSS').toFixed(0)} MB, peak ${mem('VmHWM').toFixed(0)} MB`);
await timed('queries[100000000]', '/locale/codes?queries[100000000]=x');
await timed('queries[4294967294]', '/locale/codes?queries[4294967294]=x');
await timed('__proto__[x]', '/locale/codes?__proto__[x]=1');
await timed('login after __proto__', '/account', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId: 'm1', email: 'm1@example.com', password: 'password-1' }) });
const aliases = Array.from({ length: 3000 }, (_, i) => `a${i}: localeListCodes { total }`).join(' ');
await timed('graphql 3000 aliases', '/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query: `query { ${aliases} }` }) });
console.log(`after graphql: rss ${mem('VmRSS').toFixed(0)} MB, peak ${mem('VmHWM').toFixed(0)} MB`);
const deep = (n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
await timed('prefs 100000 deep (guest → 401 first)', '/account/prefs', { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: `{"prefs":${deep(100000)}}` });
const login = await fetch(url + '/account/sessions/email', { method: 'POST', headers: { ...H, 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'm1@example.com', password: 'password-1' }) });
const session = JSON.parse(login.headers.get('x-fallback-cookies'))['a_session_aw-emulator'];
await timed('prefs 100000 deep', '/account/prefs', { method: 'PATCH', headers: { 'Content-Type': 'application/json', 'X-Appwrite-Session': session }, body: `{"prefs":${deep(100000)}}` });
await timed('avatars/image 400 MB remote', `/avatars/image?url=${encodeURIComponent(`http://127.0.0.1:${remote.address().port}/big.png`)}`);
console.log(`after remote: rss ${mem('VmRSS').toFixed(0)} MB, peak ${mem('VmHWM').toFixed(0)} MB`);
child.kill(); remote.close();
