import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { createApi, expectError, type Api } from '../helpers/api.ts';
import { pngSize } from '../helpers/pngSize.ts';

let emulator: RunningEmulator;
let images: Server;
let imagesUrl: string;
const api = (): Api => createApi(emulator.url, emulator.projectId);

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, allowPrivateAvatarUrls: true, config: { projectId: 'misc', topics: [{ $id: 'news', name: 'News' }, { $id: 'staff-only', name: 'Staff', subscribe: ['team:staff'] }] } });
  // A local site with a page, a favicon and a PNG, for the remote-image avatars.
  const qr = await fetch(`${emulator.url}/avatars/qr?text=x&size=50&project=misc`);
  const png = Buffer.from(await qr.arrayBuffer());
  images = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html><head><link rel="icon" href="/icon.png"></head></html>');
    else if (req.url === '/icon.png' || req.url === '/photo.png') res.writeHead(200, { 'Content-Type': 'image/png' }).end(png);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
  imagesUrl = `http://127.0.0.1:${(images.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await emulator.close();
  await new Promise((resolve) => images.close(resolve));
});

describe('locale', () => {
  it('answers all 8 operations with real data', async () => {
    const client = api();
    expect((await client.get('/locale')).body).toMatchObject({ countryCode: '--', eu: false });
    const countries = (await client.get('/locale/countries')).body;
    expect(countries.total).toBe(197);
    expect(countries.countries).toContainEqual({ name: 'Germany', code: 'DE' });
    const german = (await client.get('/locale/countries', { 'X-Appwrite-Locale': 'de' })).body;
    expect(german.countries).toContainEqual({ name: 'Deutschland', code: 'DE' });
    expect((await client.get('/locale/countries/eu')).body.total).toBe(27);
    expect((await client.get('/locale/countries/phones')).body.phones).toContainEqual({ code: '+49', countryCode: 'DE', countryName: 'Germany' });
    expect((await client.get('/locale/continents')).body.total).toBe(7);
    const currencies = (await client.get('/locale/currencies')).body.currencies;
    expect(currencies.find((c: any) => c.code === 'JPY')).toMatchObject({ decimalDigits: 0, symbol: '¥' });
    expect((await client.get('/locale/languages')).body.languages).toContainEqual({ name: 'German', code: 'de', nativeName: 'Deutsch' });
    expect((await client.get('/locale/codes')).body.localeCodes).toContainEqual({ code: 'de-at', name: 'German (Austria)' });
  });
});

describe('avatars', () => {
  const image = async (path: string) => {
    const response = await fetch(`${emulator.url}${path}${path.includes('?') ? '&' : '?'}project=misc`);
    return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  it('renders PNGs of the requested size', async () => {
    expect(pngSize((await image('/avatars/initials?name=Ada%20Lovelace&width=64&height=32')).bytes)).toEqual({ width: 64, height: 32 });
    expect(pngSize((await image('/avatars/initials')).bytes)).toEqual({ width: 500, height: 500 });
    expect(pngSize((await image('/avatars/browsers/ch?width=40&height=40')).bytes)).toEqual({ width: 40, height: 40 });
    expect(pngSize((await image('/avatars/credit-cards/visa?width=120&height=80')).bytes)).toEqual({ width: 120, height: 80 });
    expect(pngSize((await image('/avatars/flags/de')).bytes)).toEqual({ width: 100, height: 100 });
    const qr = await image('/avatars/qr?text=hello&size=200&download=true');
    expect(qr.type).toBe('image/png');
    expect(qr.headers.get('content-disposition')).toContain('attachment');
    expect(pngSize(qr.bytes)).toEqual({ width: 200, height: 200 });
    expect(pngSize((await image(`/avatars/image?url=${encodeURIComponent(`${imagesUrl}/photo.png`)}&width=30&height=20`)).bytes)).toEqual({ width: 30, height: 20 });
    expect(pngSize((await image(`/avatars/favicon?url=${encodeURIComponent(`${imagesUrl}/`)}`)).bytes)).toEqual({ width: 64, height: 64 });
  });

  it('rejects unknown codes, bad sizes and unreachable URLs', async () => {
    const client = api();
    expectError(await client.get('/avatars/browsers/zz'), 400, 'general_argument_invalid');
    expectError(await client.get('/avatars/flags/de?width=5000'), 400, 'general_argument_invalid');
    expectError(await client.get('/avatars/qr'), 400, 'general_argument_invalid');
    expectError(await client.get(`/avatars/image?url=${encodeURIComponent(`${imagesUrl}/missing.png`)}`), 404, 'avatar_remote_url_failed');
    expectError(await client.get(`/avatars/image?url=${encodeURIComponent(`${imagesUrl}/`)}`), 404, 'avatar_image_not_found');
    expectError(await client.get('/avatars/image?url=ftp://127.0.0.1/x'), 400, 'general_argument_invalid');
  });
});

describe('messaging', () => {
  it('subscribes only the caller\'s own targets to topics from appwrite.json', async () => {
    const client = api();
    expectError(await client.post('/messaging/topics/news/subscribers', { subscriberId: 'unique()', targetId: 'x' }), 401, 'general_unauthorized_scope');
    const me = await client.post('/account', { userId: 'reader', email: 'reader@example.com', password: 'password-1' });
    await client.post('/account/sessions/email', { email: 'reader@example.com', password: 'password-1' });
    const targetId = me.body.targets[0].$id as string;
    const other = api();
    const otherUser = await other.post('/account', { userId: 'other', email: 'other@example.com', password: 'password-1' });

    expectError(await client.post('/messaging/topics/nope/subscribers', { subscriberId: 'unique()', targetId }), 404, 'topic_not_found');
    expectError(await client.post('/messaging/topics/staff-only/subscribers', { subscriberId: 'unique()', targetId }), 401, 'user_unauthorized');
    expectError(await client.post('/messaging/topics/news/subscribers', { subscriberId: 'unique()', targetId: otherUser.body.targets[0].$id }), 404, 'user_target_not_found');
    const subscriber = await client.post('/messaging/topics/news/subscribers', { subscriberId: 'sub1', targetId });
    expect(subscriber.status).toBe(201);
    expect(subscriber.body).toMatchObject({ topicId: 'news', userId: 'reader', providerType: 'email' });
    expectError(await client.post('/messaging/topics/news/subscribers', { subscriberId: 'sub2', targetId }), 409, 'subscriber_already_exists');
    expect((await client.delete('/messaging/topics/news/subscribers/sub1')).status).toBe(204);
    expectError(await client.delete('/messaging/topics/news/subscribers/sub1'), 404, 'subscriber_not_found');
  });
});
