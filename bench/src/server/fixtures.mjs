/**
 * Canned Appwrite 1.5 response bodies the loopback server answers with, shaped like the real models.
 */

/**
 * Creates a User body (small JSON, about 0.6 kB).
 *
 * @returns The user.
 */
export function userFixture() {
  return {
    $id: '6650c5f2a1b2c3d4e5f6',
    $createdAt: '2026-01-15T09:30:00.000+00:00',
    $updatedAt: '2026-01-15T09:30:00.000+00:00',
    name: 'Ada Lovelace',
    registration: '2026-01-15T09:30:00.000+00:00',
    status: true,
    labels: [],
    passwordUpdate: '2026-01-15T09:30:00.000+00:00',
    email: 'ada@example.com',
    phone: '',
    emailVerification: true,
    phoneVerification: false,
    mfa: false,
    prefs: { theme: 'dark' },
    targets: [],
    accessedAt: '2026-01-15T09:30:00.000+00:00',
  };
}

/**
 * Creates a Session body, as an email/password login returns it.
 *
 * @returns The session.
 */
export function sessionFixture() {
  return {
    $id: '6650c6a0b1c2d3e4f5a6',
    $createdAt: '2026-01-15T09:31:00.000+00:00',
    userId: '6650c5f2a1b2c3d4e5f6',
    expire: '2027-01-15T09:31:00.000+00:00',
    provider: 'email',
    providerUid: 'ada@example.com',
    providerAccessToken: '',
    providerAccessTokenExpiry: '',
    providerRefreshToken: '',
    ip: '127.0.0.1',
    osCode: 'LIN',
    osName: 'Linux',
    osVersion: '',
    clientType: 'library',
    clientCode: '',
    clientName: 'Node',
    clientVersion: '20',
    clientEngine: '',
    clientEngineVersion: '',
    deviceName: 'desktop',
    deviceBrand: '',
    deviceModel: '',
    countryCode: '--',
    countryName: 'Unknown',
    current: true,
    factors: ['password'],
    secret: '',
    mfaUpdatedAt: '',
  };
}

/**
 * Creates a DocumentList body of 25 documents (about 19 kB of JSON).
 *
 * @returns The document list.
 */
export function documentListFixture() {
  const documents = Array.from({ length: 25 }, (_, index) => ({
    $id: `todo${String(index).padStart(16, '0')}`,
    $collectionId: 'todos',
    $databaseId: 'main',
    $createdAt: '2026-01-15T09:32:00.000+00:00',
    $updatedAt: '2026-01-15T09:32:00.000+00:00',
    $permissions: ['read("user:6650c5f2a1b2c3d4e5f6")', 'update("user:6650c5f2a1b2c3d4e5f6")', 'delete("user:6650c5f2a1b2c3d4e5f6")'],
    title: `Task number ${index}: water the plants and feed the cat`,
    description:
      'A longer free-text field, as apps usually keep one per document: notes, a summary or a body of text that someone typed in. '.repeat(2),
    done: index % 3 === 0,
    priority: index % 5,
    owner: '6650c5f2a1b2c3d4e5f6',
    tags: ['home', 'daily', 'chores'],
    dueAt: '2026-02-01T12:00:00.000+00:00',
  }));
  return { total: 25, documents };
}

/**
 * Creates a File body for an upload in progress or finished.
 *
 * @param id The file ID.
 * @param size The whole file's size in bytes.
 * @param chunksTotal The number of chunks the file is sent in.
 * @param chunksUploaded The number of chunks received so far.
 * @param received Bytes of request body the server has read for this file (a check for the benchmark).
 *
 * @returns The file.
 */
export function fileFixture(id, size, chunksTotal, chunksUploaded, received) {
  return {
    $id: id,
    bucketId: 'photos',
    $createdAt: '2026-01-15T09:33:00.000+00:00',
    $updatedAt: '2026-01-15T09:33:00.000+00:00',
    $permissions: [],
    name: 'upload.bin',
    signature: '',
    mimeType: 'application/octet-stream',
    sizeOriginal: size,
    chunksTotal,
    chunksUploaded,
    benchReceived: received,
  };
}
