/**
 * Adapters give every SDK the same three calls — get the current user, list 25 documents, log in
 * with email and password — so one loop can measure them all.
 */

const project = 'bench';
const credentials = { email: 'ada@example.com', password: 'correct horse battery' };

/**
 * Creates the plain-`fetch` adapter: the floor no SDK can beat.
 *
 * @param endpoint The API endpoint.
 * @param fetchImpl The fetch to call; the global one unless a stub is given.
 *
 * @returns The adapter.
 */
export function fetchAdapter(endpoint, fetchImpl = (...args) => globalThis.fetch(...args)) {
  const headers = { 'x-appwrite-project': project, 'x-appwrite-response-format': '1.5.0' };
  const call = async (path, init) => {
    const response = await fetchImpl(`${endpoint}${path}`, { headers, ...init });
    const body = await response.json();
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return body;
  };
  return {
    id: 'fetch',
    label: 'plain fetch (floor)',
    getUser: () => call('/account'),
    listDocuments: () => call('/databases/main/collections/todos/documents'),
    login: () =>
      call('/account/sessions/email', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(credentials),
      }),
  };
}

/**
 * Creates our adapter from the published service packages, or, while they are not built yet, from
 * `@aw/core`'s `request()` with the same operation descriptions (no input schemas).
 *
 * @param endpoint The API endpoint.
 * @param fetchImpl A fetch stub, passed through `createClient({ fetch })`; the global fetch when absent.
 *
 * @returns The adapter; `note` says when the stand-in is used.
 */
export async function oursAdapter(endpoint, fetchImpl) {
  const { createClient } = await import('@aw/core');
  const client = createClient({ endpoint, project, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const listParams = { databaseId: 'main', collectionId: 'todos' };
  try {
    const account = await import('@aw/account');
    const databases = await import('@aw/databases');
    return {
      id: 'ours',
      label: 'AW SDK (ours)',
      getUser: () => account.getCurrentUser(client),
      listDocuments: () => databases.listUserDocuments(client, listParams),
      login: () => account.createEmailPasswordSession(client, credentials),
    };
  } catch {
    const { request, _encodePath } = await import('@aw/core/internal');
    const get = { method: 'GET', path: '/account', model: 'User' };
    const list = { method: 'GET', path: '/databases/{databaseId}/collections/{collectionId}/documents', model: 'DocumentList', fill: _encodePath };
    const login = { method: 'POST', path: '/account/sessions/email', model: 'Session' };
    return {
      id: 'ours',
      label: 'AW SDK (ours)',
      note: 'service packages not built: @aw/core request() stand-in without input validation',
      getUser: () => request(client, get),
      listDocuments: () => request(client, list, listParams),
      login: () => request(client, login, credentials),
    };
  }
}

/**
 * Creates the adapter of an official `appwrite` package (positional arguments up to 15, one params
 * object from 16 on). The official SDK calls the global `fetch`; stub that to take the network out.
 *
 * @param endpoint The API endpoint.
 * @param module The package specifier (`appwrite-v15` or `appwrite-latest`).
 * @param label The row label.
 *
 * @returns The adapter.
 */
export async function officialAdapter(endpoint, module, label) {
  const sdk = await import(module);
  const client = new sdk.Client().setEndpoint(endpoint).setProject(project);
  const account = new sdk.Account(client);
  const databases = new sdk.Databases(client);
  const objectParams = account.createEmailPasswordSession.length <= 1;
  return {
    id: module === 'appwrite-v15' ? 'official-v15' : 'official-latest',
    label,
    getUser: () => account.get(),
    listDocuments: () =>
      objectParams ? databases.listDocuments({ databaseId: 'main', collectionId: 'todos' }) : databases.listDocuments('main', 'todos'),
    login: () =>
      objectParams ? account.createEmailPasswordSession(credentials) : account.createEmailPasswordSession(credentials.email, credentials.password),
  };
}

/**
 * Creates every adapter in display order: floor, ours, appwrite@15, appwrite@latest. An SDK that
 * cannot be loaded (ours while a package is mid-build) is left out with a note instead of failing the run.
 *
 * @param endpoint The API endpoint.
 * @param fetchStub A fetch stub for our client and the floor (official SDKs need the global swapped instead).
 * @param only The one SDK id to load besides the floor; every SDK when absent.
 *
 * @returns The adapters and, per SDK id, a note on stand-ins and omissions.
 */
export async function allAdapters(endpoint, fetchStub, only) {
  const adapters = [fetchAdapter(endpoint, fetchStub)];
  const notes = {};
  const candidates = [
    ['ours', () => oursAdapter(endpoint, fetchStub)],
    ['official-v15', () => officialAdapter(endpoint, 'appwrite-v15', 'appwrite@15.0.0')],
    ['official-latest', () => officialAdapter(endpoint, 'appwrite-latest', 'appwrite@28.0.0 (latest)')],
  ];
  for (const [id, create] of candidates) {
    // A child measuring one SDK loads only that one.
    if (only && id !== only) continue;
    try {
      const adapter = await create();
      adapters.push(adapter);
      if (adapter.note) notes[id] = adapter.note;
    } catch (error) {
      notes[id] = `not measured: ${String(error?.message ?? error).split('\n')[0]}`;
    }
  }
  return { adapters, notes };
}
