/** The calls measured over loopback HTTP; `inflight` is how many run at once. */
export const overheadScenarios = [
  { id: 'get', label: 'get current user (small JSON)', call: 'getUser', inflight: 1 },
  { id: 'list', label: 'list 25 documents (~19 KB JSON)', call: 'listDocuments', inflight: 1 },
  { id: 'login', label: 'email login (POST)', call: 'login', inflight: 1 },
  { id: 'inflight32', label: 'get current user, 32 in flight', call: 'getUser', inflight: 32 },
];

/** The calls measured with fetch stubbed out (no network). */
export const cpuScenarios = [
  { id: 'get', label: 'get current user', call: 'getUser' },
  { id: 'list', label: 'list 25 documents', call: 'listDocuments' },
  { id: 'login', label: 'email login (POST)', call: 'login' },
];
