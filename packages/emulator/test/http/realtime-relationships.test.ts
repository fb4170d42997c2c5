import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, signUpAndSignIn } from '../helpers/api.ts';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator({
    rateLimits: false,
    config: {
      projectId: 'rt-rel',
      databases: [{ $id: 'music', name: 'Music' }],
      collections: [
        { $id: 'artists', databaseId: 'music', name: 'Artists', $permissions: ['read("any")', 'create("users")'], attributes: [{ key: 'name', type: 'string', size: 64, required: true }] },
        { $id: 'albums', databaseId: 'music', name: 'Albums', $permissions: ['read("any")', 'create("users")'], attributes: [
          { key: 'title', type: 'string', size: 64, required: true },
          { key: 'artist', type: 'relationship', required: false, relatedCollection: 'artists', relationType: 'manyToOne', twoWay: true, twoWayKey: 'albums', onDelete: 'setNull', side: 'parent' },
        ] },
      ],
    },
  });
});
afterAll(async () => {
  await emulator.close();
});

describe('realtime document payloads', () => {
  it('leave relationship attributes out, on both sides, as Appwrite 1.5 does', async () => {
    const socket = new WebSocket(`${emulator.url.replace('http', 'ws')}/realtime?project=rt-rel&channels[]=documents`);
    const events: any[] = [];
    await new Promise<void>((resolve, reject) => {
      socket.on('message', (raw) => {
        const message = JSON.parse(String(raw));
        if (message.type === 'connected') resolve();
        if (message.type === 'event') events.push(message.data);
      });
      socket.once('error', reject);
    });
    const api = await signUpAndSignIn(createApi(emulator.url, 'rt-rel'), 'fan');
    expect((await api.post('/databases/music/collections/artists/documents', { documentId: 'bowie', data: { name: 'Bowie' } })).status).toBe(201);
    expect((await api.post('/databases/music/collections/albums/documents', { documentId: 'lowalbum', data: { title: 'Low', artist: 'bowie' } })).status).toBe(201);
    // The HTTP answer still carries the relationship.
    expect((await api.get('/databases/music/collections/albums/documents/lowalbum')).body.artist.$id).toBe('bowie');
    const deadline = Date.now() + 3000;
    while (events.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    socket.close();
    const album = events.find((event) => event.payload.$id === 'lowalbum');
    const artist = events.find((event) => event.payload.$id === 'bowie');
    expect(album.payload.title).toBe('Low');
    expect(Object.keys(album.payload)).not.toContain('artist');
    expect(artist.payload.name).toBe('Bowie');
    expect(Object.keys(artist.payload)).not.toContain('albums');
  });
});
