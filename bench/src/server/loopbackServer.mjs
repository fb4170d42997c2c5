// Child-process entry: an Appwrite-shaped loopback server for the benchmarks. It answers the few
// routes the benchmarks call with canned bodies, accepts Appwrite's chunked upload protocol and
// throws the uploaded bytes away. It reports its port to the parent over IPC.
import { createServer } from 'node:http';
import { documentListFixture, fileFixture, sessionFixture, userFixture } from './fixtures.mjs';

const json = {
  user: JSON.stringify(userFixture()),
  session: JSON.stringify(sessionFixture()),
  documents: JSON.stringify(documentListFixture()),
};
const uploads = new Map();
let nextFileId = 1;

const server = createServer((req, res) => {
  const url = req.url ?? '/';
  const send = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  if (req.method === 'POST' && /^\/v1\/storage\/buckets\/[^/]+\/files$/.test(url)) {
    receiveUpload(req, send);
    return;
  }
  // Drain any request body before answering so keep-alive connections stay usable.
  req.resume();
  req.on('end', () => {
    const path = url.split('?')[0];
    if (req.method === 'GET' && path === '/v1/account') send(200, json.user);
    else if (req.method === 'POST' && path === '/v1/account/sessions/email') send(201, json.session);
    else if (req.method === 'GET' && /^\/v1\/databases\/[^/]+\/collections\/[^/]+\/documents$/.test(path)) send(200, json.documents);
    else send(404, JSON.stringify({ message: 'Route not found.', code: 404, type: 'general_route_not_found', version: '1.5.8' }));
  });
});

// Reads one upload request (whole file or one chunk) and answers with the File so far.
function receiveUpload(req, send) {
  const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(req.headers['content-range'] ?? '');
  const id = req.headers['x-appwrite-id'] ?? `file${nextFileId++}`;
  let received = 0;
  req.on('data', (chunk) => {
    received += chunk.length;
  });
  req.on('end', () => {
    const state = uploads.get(id) ?? { chunks: 0, received: 0 };
    state.chunks += 1;
    state.received += received;
    const size = range ? Number(range[3]) : received;
    const chunkSize = range ? Number(range[2]) - Number(range[1]) + 1 : size;
    const total = range ? Math.max(1, Math.ceil(size / Math.max(chunkSize, 5 * 1024 * 1024))) : 1;
    const done = !range || Number(range[2]) === size - 1;
    if (done) uploads.delete(id);
    else uploads.set(id, state);
    send(201, JSON.stringify(fileFixture(id, size, total, done ? total : state.chunks, state.received)));
  });
}

server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: server.address().port });
});
process.on('disconnect', () => server.close(() => process.exit(0)));
