// A function used by the tests: echoes its request, logs, and can fail, loop or redirect.
export default async ({ req, res, log, error }) => {
  log('path', req.path);
  if (req.path === '/fail') throw new Error('boom');
  if (req.path === '/slow') await new Promise((resolve) => setTimeout(resolve, 10_000));
  if (req.path === '/redirect') return res.redirect('https://example.com/x', 302);
  if (req.path === '/empty') return res.empty();
  if (req.path === '/nothing') return undefined;
  if (req.path === '/text') return res.send('plain', 201, { 'X-Custom': 'yes' });
  error('a warning');
  console.log('native');
  return res.json({ method: req.method, path: req.path, query: req.query, body: req.body, bodyRaw: req.bodyRaw, header: req.headers['x-test'] ?? null, user: req.headers['x-appwrite-user-id'] ?? null, env: process.env.APPWRITE_FUNCTION_ID });
};
