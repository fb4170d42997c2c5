import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as account from '@aw/account';
import * as avatars from '@aw/avatars';
import { withLocale } from '@aw/core';
import * as locale from '@aw/locale';
import * as messaging from '@aw/messaging';
import * as teams from '@aw/teams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { pngSize } from '../helpers/pngSize.ts';
import { lastMessage, sdkClient } from './sdkClient.ts';

let emulator: RunningEmulator;
let site: Server;
let siteUrl: string;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimits: false, allowPrivateAvatarUrls: true, config: { projectId: 'sdk-services', topics: [{ $id: 'news', name: 'News' }] } });
  const png = Buffer.from(await (await fetch(`${emulator.url}/avatars/qr?text=x&project=sdk-services`)).arrayBuffer());
  site = createServer((req, res) => {
    if (req.url === '/') res.writeHead(200, { 'Content-Type': 'text/html' }).end('<link rel="shortcut icon" href="/i.png">');
    else res.writeHead(200, { 'Content-Type': 'image/png' }).end(png);
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await emulator.close();
  await new Promise((resolve) => site.close(resolve));
});

/**
 * Creates a signed-in SDK client for a new user.
 *
 * @param id The user id.
 *
 * @returns The client.
 */
async function member(id: string) {
  const client = sdkClient(emulator);
  await account.registerUser(client, { userId: id, email: `${id}@example.com`, password: 'password-1', name: id });
  await account.createEmailPasswordSession(client, { email: `${id}@example.com`, password: 'password-1' });
  return client;
}

describe('@aw/teams against the emulator', () => {
  it('runs all 13 team operations', async () => {
    const owner = await member('tom');
    const team = await teams.createNewTeam(owner, { teamId: 'club', name: 'Club' });
    expect(team.total).toBe(1);
    expect((await teams.listTeams(owner)).teams.map((t) => t.$id)).toEqual(['club']);
    expect((await teams.getUserMemberships(owner)).total).toBe(1);
    expect((await teams.getById(owner, { teamId: 'club' })).name).toBe('Club');
    expect((await teams.updateNameById(owner, { teamId: 'club', name: 'The Club' })).name).toBe('The Club');
    expect(await teams.updatePrefsById(owner, { teamId: 'club', prefs: { open: true } })).toEqual({ open: true });
    expect(await teams.getPrefs(owner, { teamId: 'club' })).toEqual({ open: true });

    const invite = await teams.createMembership(owner, { teamId: 'club', roles: ['editor'], email: 'uma@example.com', url: 'http://127.0.0.1/join' });
    const mail = lastMessage(emulator, 'invitation', 'uma@example.com');
    const invitee = sdkClient(emulator);
    const accepted = await teams.updateMembershipStatus(invitee, { teamId: 'club', membershipId: invite.$id, userId: mail.userId!, secret: mail.secret! });
    expect(accepted.confirm).toBe(true);
    expect((await account.getCurrentUser(invitee)).email).toBe('uma@example.com');
    expect((await teams.listMemberships(invitee, { teamId: 'club' })).total).toBe(2);
    expect((await teams.getMembership(invitee, { teamId: 'club', membershipId: invite.$id })).roles).toEqual(['editor']);
    expect((await teams.updateMembershipRoles(owner, { teamId: 'club', membershipId: invite.$id, roles: ['admin'] })).roles).toEqual(['admin']);
    await teams.deleteMembership(owner, { teamId: 'club', membershipId: invite.$id });
    expect((await teams.listTeams(invitee)).total).toBe(0);
    await teams.removeTeam(owner, { teamId: 'club' });
    expect((await teams.listTeams(owner)).total).toBe(0);
  });
});

describe('@aw/locale against the emulator', () => {
  it('runs all 8 locale operations', async () => {
    const client = sdkClient(emulator);
    expect((await locale.getUserLocale(client)).countryCode).toBe('--');
    expect((await locale.listCodes(client)).total).toBeGreaterThan(100);
    expect((await locale.listContinents(client)).total).toBe(7);
    expect((await locale.listCountries(withLocale(client, 'fr'))).countries).toContainEqual({ name: 'Allemagne', code: 'DE' });
    expect((await locale.getEuCountries(client)).total).toBe(27);
    expect((await locale.listCountriesPhones(client)).phones.find((p) => p.countryCode === 'FR')?.code).toBe('+33');
    expect((await locale.getCurrencies(client)).currencies.find((c) => c.code === 'EUR')?.symbol).toBe('€');
    expect((await locale.listLanguages(client)).languages.find((l) => l.code === 'fr')?.nativeName).toBe('Français');
  });
});

describe('@aw/avatars against the emulator', () => {
  it('fetches all 7 avatar images and builds matching URLs', async () => {
    const client = sdkClient(emulator);
    const size = async (blob: Promise<Blob>) => pngSize(new Uint8Array(await (await blob).arrayBuffer()));
    expect(await size(avatars.getUserInitials(client, { name: 'Grace Hopper', width: 80, height: 80 }))).toEqual({ width: 80, height: 80 });
    expect(await size(avatars.generateQrCodeImage(client, { text: 'https://example.com', size: 120 }))).toEqual({ width: 120, height: 120 });
    expect(await size(avatars.getBrowserIconByCode(client, { code: 'ff', width: 32, height: 32 }))).toEqual({ width: 32, height: 32 });
    expect(await size(avatars.getCreditCardIcon(client, { code: 'mastercard', width: 90, height: 60 }))).toEqual({ width: 90, height: 60 });
    expect(await size(avatars.getCountryFlagByCode(client, { code: 'jp' }))).toEqual({ width: 100, height: 100 });
    expect(await size(avatars.getRemoteImage(client, { url: `${siteUrl}/p.png`, width: 50, height: 40 }))).toEqual({ width: 50, height: 40 });
    expect(await size(avatars.getFavicon(client, { url: `${siteUrl}/` }))).toEqual({ width: 64, height: 64 });
    const url = avatars.getUserInitialsUrl(client, { name: 'Grace', width: 24, height: 24 });
    expect(pngSize(new Uint8Array(await (await fetch(url)).arrayBuffer()))).toEqual({ width: 24, height: 24 });
  });
});

describe('@aw/messaging against the emulator', () => {
  it('subscribes and unsubscribes the caller\'s email target', async () => {
    const client = await member('mia');
    const me = await account.getCurrentUser(client);
    const subscriber = await messaging.addNewSubscriber(client, { topicId: 'news', subscriberId: 'unique()', targetId: me.targets[0]!.$id });
    expect(subscriber.topicId).toBe('news');
    await messaging.deleteSubscriberById(client, { topicId: 'news', subscriberId: subscriber.$id });
    expect(emulator.context.tables.subscribers.all()).toHaveLength(0);
  });
});
