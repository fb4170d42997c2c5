import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as account from '@aw/account';
import { Query } from '@aw/core';
import { createDocument, getDocumentById, updateDocumentById } from '@aw/databases';
import { triggerFunctionExecution } from '@aw/functions';
import { createFile } from '@aw/storage';
import { chromium, type Browser, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.ts';
import { sdkClient } from '../sdk/sdkClient.ts';

// The guide (docs/guides/emulator-console.md) shows these screenshots. Every run saves them under
// .reports/; `AW_UPDATE_SCREENSHOTS=1` writes them over the guide's copies, so a plain test run
// leaves the work tree clean.
const SHOTS = fileURLToPath(
  process.env.AW_UPDATE_SCREENSHOTS === '1' ? new URL('../../../../docs/assets/console/', import.meta.url) : new URL('../../.reports/console/', import.meta.url),
);
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

let emulator: RunningEmulator;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  emulator = await startEmulator({
    console: true,
    rateLimits: false,
    config: {
      projectId: 'console-demo',
      projectName: 'Console demo',
      databases: [{ $id: 'main', name: 'Main' }],
      collections: [{
        $id: 'tasks', databaseId: 'main', name: 'Tasks', documentSecurity: false,
        $permissions: ['create("users")', 'read("users")', 'update("users")', 'delete("users")'],
        attributes: [
          { key: 'title', type: 'string', size: 100, required: true },
          { key: 'status', type: 'string', size: 20, required: false },
          { key: 'priority', type: 'integer', required: false },
        ],
      }],
      baseDir: fileURLToPath(new URL('../../src/services/functions/testing', import.meta.url)),
      functions: [{ $id: 'hello', name: 'Hello', runtime: 'node-18.0', execute: ['any'], path: '.', entrypoint: 'hello.mjs', timeout: 5 }],
      buckets: [{ $id: 'photos', name: 'Photos', $permissions: ['create("users")', 'read("users")'], fileSecurity: false }],
    },
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1360, height: 820 }, colorScheme: 'light' });
  // Generous: CI runs this beside other suites on two cores.
  context.setDefaultTimeout(20_000);
  page = await context.newPage();
  page.on('pageerror', (error) => console.error('[console page]', error));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await emulator?.close();
});

async function shot(name: string): Promise<void> {
  // The pointer stays where the last click left it; move it off so no hover styles show.
  await page.mouse.move(1, 815);
  await page.screenshot({ path: `${SHOTS}${name}.png` });
}

describe('the emulator console in Chromium', { timeout: 60_000 }, () => {
  const client = () => sdkClient(emulator);
  let ada: ReturnType<typeof sdkClient>;
  beforeAll(() => {
    ada = client();
  });

  it('shows a user signed up through the SDK without a reload, and completes their email verification', async () => {
    expect(emulator.consoleUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/__emulator\/$/);
    await page.goto(`${emulator.consoleUrl}#/users`);
    await page.getByText('Live', { exact: true }).waitFor();
    await page.getByText('No users yet').waitFor();

    const user = await account.registerUser(ada, { userId: 'ada', email: 'ada@example.com', password: 'correct horse', name: 'Ada Lovelace' });
    await account.registerUser(client(), { userId: 'grace', email: 'grace@example.com', password: 'correct horse', name: 'Grace Hopper' });
    await page.getByRole('link', { name: 'Ada Lovelace' }).waitFor();
    await account.createEmailPasswordSession(ada, { email: 'ada@example.com', password: 'correct horse' });
    await account.updatePreferences(ada, { prefs: { theme: 'dark', newsletter: true } });
    await account.sendEmailVerification(ada, { url: 'http://localhost:3000/verify' });

    await page.getByRole('link', { name: 'Ada Lovelace' }).click();
    const detail = page.getByRole('region', { name: 'User Ada Lovelace' });
    await detail.getByText('unverified').first().waitFor();
    await detail.getByText('email', { exact: true }).first().waitFor();
    await shot('users');

    await page.getByRole('link', { name: 'Outbox' }).click();
    await page.getByRole('link', { name: /verification/ }).first().click();
    const mail = page.getByRole('region', { name: /^Message / });
    // The link in the mail is the app's redirect URL, carrying the user ID and secret.
    const link = await mail.getByRole('link', { name: 'Open the link in your app' }).getAttribute('href');
    expect(link).toMatch(/^http:\/\/localhost:3000\/verify\?userId=ada&secret=/);
    await shot('outbox');
    await mail.getByRole('button', { name: 'Verify the address' }).click();
    await mail.getByText('Done.').waitFor().catch(async (error: unknown) => {
      await shot('failure');
      throw error;
    });
    expect((await account.getCurrentUser(ada)).emailVerification).toBe(true);

    await mail.getByRole('link', { name: 'See the user' }).click();
    await page.getByRole('region', { name: `User ${user.name}` }).getByText('verified', { exact: true }).first().waitFor();
  });

  it('filters documents created through the SDK with Appwrite queries and edits one', async () => {
    const rows = [
      ['write-guide', 'Write the guide', 'open', 2],
      ['fix-login', 'Fix the login page', 'open', 1],
      ['ship-release', 'Ship the release', 'done', 3],
    ] as const;
    for (const [id, title, status, priority] of rows) {
      await createDocument(ada, { databaseId: 'main', collectionId: 'tasks', documentId: id, data: { title, status, priority } });
    }
    await page.goto(`${emulator.consoleUrl}#/databases/main/tasks`);
    await page.getByRole('link', { name: 'ship-release' }).waitFor();
    await page.getByLabel('Filter with Appwrite queries, one per line').fill(`${Query.equal('status', ['open'])}\n${Query.orderAsc('priority')}`);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2);
    expect(await page.locator('tbody tr td:first-child').allTextContents()).toEqual(['fix-login', 'write-guide']);

    await page.getByRole('link', { name: 'fix-login' }).click();
    const pane = page.getByRole('region', { name: 'Document fix-login' });
    const editor = pane.getByLabel('Data (JSON, attributes only)');
    const edit = JSON.stringify({ title: 'Fix the login page', status: 'open', priority: 5 }, null, 2);
    await editor.fill(edit);
    // A change made elsewhere while editing is announced, and never replaces the edit in progress.
    await updateDocumentById(ada, { databaseId: 'main', collectionId: 'tasks', documentId: 'fix-login', data: { title: 'Renamed elsewhere' } });
    await pane.getByText('This document changed since you started editing').waitFor();
    expect(await editor.inputValue()).toBe(edit);
    await pane.getByRole('button', { name: 'Save' }).click();
    await pane.getByText('Saved.').waitFor();
    const saved = await getDocumentById(ada, { databaseId: 'main', collectionId: 'tasks', documentId: 'fix-login' });
    expect([saved.title, saved.priority]).toEqual(['Fix the login page', 5]);
    // The table follows the change (same filter, new order).
    await expect.poll(() => page.locator('tbody tr td:first-child').allTextContents()).toEqual(['write-guide', 'fix-login']);
    await shot('documents');
  });

  it('shows an uploaded file with its preview', async () => {
    const png = await sharp({
      create: { width: 480, height: 320, channels: 3, background: '#3a6ea5' },
    }).composite([{ input: Buffer.from('<svg width="480" height="320"><circle cx="240" cy="160" r="90" fill="#f5c542"/></svg>') }]).png().toBuffer();
    await page.goto(`${emulator.consoleUrl}#/storage/photos`);
    await page.getByText('No files yet').waitFor().catch(async (error: unknown) => {
      await shot('failure');
      throw error;
    });
    await createFile(ada, { bucketId: 'photos', fileId: 'sunrise', file: new File([new Uint8Array(png)], 'sunrise.png') });
    const preview = page.getByRole('img', { name: 'Preview of sunrise.png' });
    await preview.waitFor();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(320);
    await shot('storage');
  });

  it('logs realtime events and requests live', async () => {
    await page.goto(`${emulator.consoleUrl}#/realtime`);
    await page.getByText('Payload').first().waitFor();
    await createDocument(ada, { databaseId: 'main', collectionId: 'tasks', documentId: 'live-one', data: { title: 'Appears live', status: 'open' } });
    await page.getByText('databases.main.collections.tasks.documents.live-one.create').waitFor();
    await shot('realtime');

    await page.getByRole('link', { name: 'Requests' }).click();
    await page.getByText('/v1/databases/main/collections/tasks/documents', { exact: true }).first().waitFor();
    await account.getCurrentUser(client()).catch(() => undefined);
    await page.getByText('general_unauthorized_scope').first().waitFor();
    await shot('requests');
  });

  it('shows a function execution with its logs', async () => {
    await triggerFunctionExecution(ada, { functionId: 'hello', path: '/greet', method: 'GET' });
    await page.goto(`${emulator.consoleUrl}#/functions`);
    await page.getByText('GET /greet').click();
    await page.getByText('path /greet').waitFor();
    await page.getByText('a warning').waitFor();
    await shot('functions');
  });

  it('follows the system dark mode', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${emulator.consoleUrl}#/users/ada`);
    await page.getByRole('region', { name: 'User Ada Lovelace' }).waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 20, 24)');
    await shot('users-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });
});
