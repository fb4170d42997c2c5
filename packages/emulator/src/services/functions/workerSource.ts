// The code each execution's worker thread runs. It is a string (run with `eval: true`) so the
// bundled package needs no separate runner file. It loads the user's entrypoint, builds the
// context Appwrite's Node runtime (open-runtimes v3) gives — `req`, `res`, `log`, `error` — and
// posts the response back.
/** Source of the execution worker. */
export const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const { inspect } = require('node:util');

const logs = [];
const errors = [];
const format = (items) => items.map((item) => (typeof item === 'string' ? item : item instanceof Error ? (item.stack || String(item)) : inspect(item, { depth: 5 }))).join(' ');
const log = (...items) => { logs.push(format(items)); };
const error = (...items) => { errors.push(format(items)); };
let nativeLogged = false;
const capture = (target) => (...items) => {
  if (!nativeLogged) { logs.push('Native logs detected. Use context.log() or context.error() for better experience.'); nativeLogged = true; }
  target.push(format(items));
};
console.log = console.info = console.debug = capture(logs);
console.warn = console.error = capture(errors);

const input = workerData.request;
const headers = input.headers;
let body = input.bodyRaw;
if ((headers['content-type'] || '').startsWith('application/json')) {
  try { body = input.bodyRaw === '' ? {} : JSON.parse(input.bodyRaw); } catch { body = input.bodyRaw; }
}
const req = {
  bodyRaw: input.bodyRaw, body, headers, method: input.method, host: input.host, scheme: input.scheme,
  query: input.query, queryString: input.queryString, port: input.port, url: input.url, path: input.path,
};
const send = (content, statusCode = 200, extra = {}) => ({ body: content === undefined || content === null ? '' : String(content), statusCode, headers: extra });
const res = {
  send,
  text: send,
  binary: (bytes, statusCode = 200, extra = {}) => ({ body: Buffer.from(bytes).toString(), statusCode, headers: extra }),
  json: (value, statusCode = 200, extra = {}) => send(JSON.stringify(value), statusCode, { 'content-type': 'application/json', ...extra }),
  empty: () => send('', 204, {}),
  redirect: (url, statusCode = 301, extra = {}) => send('', statusCode, { location: url, ...extra }),
};

(async () => {
  let output;
  try {
    const loaded = await import(pathToFileURL(workerData.file).href);
    const handler = typeof loaded.default === 'function' ? loaded.default : typeof loaded.default?.default === 'function' ? loaded.default.default : loaded;
    if (typeof handler !== 'function') throw new Error('The entrypoint must export a function (export default async (context) => ...).');
    output = await handler({ req, res, log, error });
    if (output === undefined || output === null || typeof output !== 'object') {
      errors.push('Return statement missing. return context.res.empty() if no response is expected.');
      output = { body: '', statusCode: 500, headers: {} };
    }
  } catch (caught) {
    errors.push(caught instanceof Error ? (caught.stack || String(caught)) : String(caught));
    output = { body: '', statusCode: 500, headers: {} };
  }
  const lower = {};
  for (const [name, value] of Object.entries(output.headers || {})) lower[name.toLowerCase()] = String(value);
  parentPort.postMessage({ statusCode: Number(output.statusCode) || 200, body: String(output.body ?? ''), headers: lower, logs: logs.join('\n'), errors: errors.join('\n') });
})();
`;
