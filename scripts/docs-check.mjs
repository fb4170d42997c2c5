#!/usr/bin/env node
// Checks the built documentation site (docs/site) in a real browser:
//   1. serves docs/site on 127.0.0.1 (random port) and opens it in Debian's chromium,
//   2. visits every internal page reachable from the home page, and fails on any link to a
//      missing page or a missing #anchor, any same-origin request that fails, and any script error,
//   3. checks that every operation named in the migration guide has its own function page,
//      that every subpath export (`@aw/storage/node`) has a reference page reachable from the home
//      page, and that every function page is in the search index under its name,
//   4. types a name into the search box, follows the first hit to that function's page, and
//      checks that the page links to @aw/core's Client and to an @aw/models type,
//   5. checks readability: params inline on function pages, "Throws" linking AppwriteError, a
//      "See the … guide" link, functions before interfaces on module pages, "Guides" in the sidebar,
//   6. saves screenshots of the home page and of that function page to .reports/docs/.
// Prints a plain summary and exits non-zero when anything is broken.
//
// Usage: node scripts/docs-check.mjs [--site docs/site] [--search createEmailPasswordSession]
//        [--chromium /usr/bin/chromium] [--shots .reports/docs] [--full-render]
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { inflateSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const { values: args } = parseArgs({
  options: {
    site: { type: 'string', default: 'docs/site' },
    search: { type: 'string', default: 'createEmailPasswordSession' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    shots: { type: 'string', default: '.reports/docs' },
    migration: { type: 'string', default: 'docs/guides/migration.md' },
    concurrency: { type: 'string', default: '4' },
    'full-render': { type: 'boolean', default: false },
  },
});

// Flags from TOOLCHAIN.md: headless, no sandbox (root in CI), and nothing that phones home.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/**
 * Starts a static file server for a folder on 127.0.0.1 and a random port.
 *
 * @param root The folder to serve.
 *
 * @returns The base URL and a function that stops the server.
 */
async function serveFolder(root) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(base, pathname));
    // Refuse paths that climb out of the site folder.
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/**
 * Reads the operation names listed in the first column of the migration guide's name tables.
 *
 * @param path The migration guide.
 *
 * @returns The `package.name` pairs, such as `account.getCurrentUser`, aliases included.
 */
async function readExpectedOperations(path) {
  let text;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return [];
  }
  const names = new Set();
  // Each service has a `### account (47)` heading over a table whose rows start with our name
  // and any other name of the same operation: | `confirmEmailVerification` (or `createEmailVerification`) | …
  let service;
  for (const line of text.split('\n')) {
    const heading = /^###\s+(\w+)\s+\(\d+\)/.exec(line);
    if (heading) service = heading[1];
    const row = service && /^\|([^|]*`\w+`[^|]*)\|/.exec(line);
    if (row) for (const name of row[1].matchAll(/`(\w+)`/g)) names.add(`${service}.${name[1]}`);
  }
  return [...names];
}

// @aw/core documents its builder subpaths as namespaces of its main entry (see packages/core/src/docs.ts).
const CORE_SUBPATH_PAGES = {
  '@aw/core/query': 'modules/_aw_core.Query.html',
  '@aw/core/id': 'modules/_aw_core.ID.html',
  '@aw/core/permission': 'modules/_aw_core.Permission.html',
  '@aw/core/role': 'modules/_aw_core.Role.html',
  '@aw/core/paginate': 'functions/_aw_core.paginate.html',
};

/**
 * Lists the reference page each public subpath export must have: a module of its package
 * (`@aw/account/auth-state` -> modules/_aw_account.auth-state.html), or for @aw/core's builders the
 * namespace its main entry documents. `./internal`, `./package.json` and file patterns have none.
 *
 * @returns `[import name, page]` pairs.
 */
async function expectedSubpathPages() {
  const pages = [];
  for (const dir of await readdir('packages')) {
    let manifest;
    try {
      manifest = JSON.parse(await readFile(join('packages', dir, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    if (manifest.private) continue;
    for (const subpath of Object.keys(manifest.exports ?? {})) {
      if (subpath === '.' || subpath === './package.json' || subpath === './internal' || subpath.includes('*')) continue;
      const name = manifest.name + subpath.slice(1);
      pages.push([name, CORE_SUBPATH_PAGES[name] ?? `modules/${manifest.name.replace(/[@/]/g, '_')}.${subpath.slice(2)}.html`]);
    }
  }
  return pages;
}

/**
 * Reads the names in the site's search index (typedoc's assets/search.js: deflated, base64 JSON).
 *
 * @param site The site folder.
 *
 * @returns The indexed entries, each as `page URL` -> `name`.
 */
async function readSearchIndex(site) {
  const script = await readFile(join(site, 'assets/search.js'), 'utf8');
  const encoded = /"([A-Za-z0-9+/=]+)"/.exec(script)?.[1] ?? '';
  const { rows } = JSON.parse(inflateSync(Buffer.from(encoded, 'base64')).toString('utf8'));
  return new Map(rows.map((row) => [row.url, row.name]));
}

/**
 * Visits every same-origin page reachable from the start URL and records broken links.
 *
 * @param context The browser context.
 * @param staticContext A browser context with scripts turned off.
 * @param start The first URL.
 * @param concurrency How many pages are open at once.
 * @param fullRender Whether every page runs its scripts, not only the home page.
 *
 * @returns The visited pages, the number of links followed and the problems found.
 */
async function crawl(context, staticContext, start, concurrency, fullRender) {
  const origin = new URL(start).origin;
  const queue = [start];
  const seen = new Set([start]);
  const linkedFrom = new Map(); // page -> the first page that linked to it
  const idsByPage = new Map();
  const anchorRefs = []; // [fromPage, targetPage, hash]
  const problems = [];
  let links = 0;
  let files = 0;

  async function visit(page, url) {
    try {
      // Files typedoc copied for a link (media/*) are not pages: only check that they are served.
      if (!/(\.html|\/)$/.test(new URL(url).pathname)) {
        const file = await page.request.get(url);
        if (!file.ok()) problems.push(`broken link to ${url} (HTTP ${file.status()}, linked from ${linkedFrom.get(url)})`);
        files++;
        return;
      }
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response || !response.ok()) return;
      // typedoc draws the same side navigation on every page from navigation.js after load:
      // wait for it once, on the first page, which is enough to queue every page it links.
      if (url === start) {
        await page.waitForSelector('#tsd-nav-container a', { state: 'attached', timeout: 10_000 }).catch(() => {
          problems.push('the side navigation did not render on the home page');
        });
      }
      const found = await page.evaluate(() => ({
        hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.href),
        ids: [...document.querySelectorAll('[id], a[name]')].map((el) => el.id || el.getAttribute('name')),
      }));
      idsByPage.set(url, new Set(found.ids));
      for (const href of found.hrefs) {
        if (!href.startsWith(origin)) continue;
        links++;
        const target = new URL(href);
        const hash = decodeURIComponent(target.hash.slice(1));
        target.hash = '';
        const pageUrl = target.href;
        if (hash) anchorRefs.push([url, pageUrl, hash]);
        if (!seen.has(pageUrl)) {
          seen.add(pageUrl);
          linkedFrom.set(pageUrl, url);
          queue.push(pageUrl);
        }
      }
    } catch (error) {
      problems.push(`could not open ${url}: ${error.message}`);
    }
  }

  /**
   * Opens a tab that reports script errors and failed same-origin requests for its current page.
   */
  async function openTab(browserContext) {
    const tab = { page: await browserContext.newPage(), current: '' };
    tab.page.on('pageerror', (error) => problems.push(`script error on ${tab.current}: ${error.message}`));
    tab.page.on('response', (response) => {
      if (!response.url().startsWith(origin) || response.status() < 400) return;
      if (response.url() === tab.current) {
        problems.push(`broken link to ${tab.current} (HTTP ${response.status()}, linked from ${linkedFrom.get(tab.current)})`);
      } else {
        problems.push(`HTTP ${response.status()} for ${response.url()} (loaded by ${tab.current})`);
      }
    });
    return tab;
  }

  // The home page runs its scripts, so it draws the side navigation that links every page.
  const first = await openTab(context);
  first.current = queue.shift();
  await visit(first.page, first.current);
  await first.page.close();

  let busy = 0;
  const workers = Array.from({ length: concurrency }, async () => {
    // Other pages only redraw that same navigation, search and icons with their scripts,
    // so by default they load with scripts off, which is several times faster. Opening a tab
    // costs more than loading a page, so each worker keeps one.
    const tab = await openTab(fullRender ? context : staticContext);
    // Workers share the queue; one that finds it empty waits while another page may still add to it.
    for (;;) {
      const next = queue.shift();
      if (next === undefined) {
        if (busy === 0) break;
        await new Promise((done) => setTimeout(done, 20));
        continue;
      }
      busy++;
      tab.current = next;
      await visit(tab.page, next);
      busy--;
    }
    await tab.page.close();
  });
  await Promise.all(workers);

  for (const [from, target, hash] of anchorRefs) {
    const ids = idsByPage.get(target);
    if (ids && !ids.has(hash)) problems.push(`missing anchor #${hash} in ${target} (linked from ${from})`);
  }
  return { pages: [...idsByPage.keys()], files, links, problems: [...new Set(problems)] };
}

/**
 * Searches the site through its search box and opens the first result.
 *
 * @param context The browser context.
 * @param home The home page URL.
 * @param term The text to search for.
 *
 * @returns The page showing the first result, or an error message.
 */
async function searchFor(context, home, term) {
  const page = await context.newPage();
  await page.goto(home, { waitUntil: 'load' });
  await page.click('#tsd-search-trigger');
  await page.fill('#tsd-search-input', term);
  const first = page.locator('#tsd-search-results li a').first();
  try {
    await first.waitFor({ timeout: 10_000 });
  } catch {
    return { page, error: `search for "${term}" showed no results` };
  }
  const label = (await first.innerText()).trim();
  if (!label.includes(term)) return { page, error: `first search result for "${term}" was "${label}"` };
  await Promise.all([page.waitForURL((url) => url.href !== home, { timeout: 10_000 }), first.click()]);
  await page.waitForLoadState('load');
  const title = await page.locator('h1').first().innerText();
  if (!title.includes(term)) return { page, error: `search hit opened a page titled "${title}"` };
  // An operation's page must link across packages: to the client in @aw/core and its model in @aw/models.
  const hrefs = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  const missing = ['_aw_core.Client.html', '_aw_models.'].filter((part) => !hrefs.some((href) => href.includes(part)));
  if (!page.url().includes('_aw_core.') && missing.length > 0) return { page, error: `"${term}" page has no link to ${missing.join(' or ')}` };
  return { page, label };
}

/** Function pages the readability check opens: one per main package (and the SSR cookie helper), with its guide, a param it must list and the error its "Throws" links. */
const READABILITY_PAGES = [
  { page: 'functions/_aw_account.createEmailPasswordSession.html', param: 'email', guide: 'documents/Authentication.html' },
  { page: 'functions/_aw_databases.listUserDocuments.html', param: 'collectionId', guide: 'documents/Databases_and_queries.html' },
  { page: 'functions/_aw_storage.createFile.html', param: 'bucketId', guide: 'documents/Uploads.html' },
  { page: 'functions/_aw_account.ssr.createSessionCookie.html', throws: '_aw_core.AwError.html', guide: 'documents/Server-side_rendering.html' },
];

/**
 * Checks what makes the reference readable: on function pages, the params listed inline, the
 * error class linked from "Throws", and a "See the … guide" link; on module pages, functions
 * before interfaces; in the side navigation, guides called "Guides" (not "Documents").
 *
 * @param context The browser context.
 * @param siteUrl The site's base URL.
 *
 * @returns The problems found.
 */
async function checkReadability(context, siteUrl) {
  const problems = [];
  const page = await context.newPage();
  try {
    for (const { page: path, param, guide, throws = '_aw_core.AppwriteError.html' } of READABILITY_PAGES) {
      await page.goto(siteUrl + path, { waitUntil: 'load' });
      const fields = (await page.locator('.tsd-parameters .tsd-kind-property').allTextContents()).map((text) => text.trim());
      if (param && !fields.includes(param)) problems.push(`${path}: the params object's fields (${param}) are not listed inline under Parameters`);
      const throwsLinks = await page.locator('.tsd-tag-throws a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      if (!throwsLinks.some((href) => href.includes(throws))) problems.push(`${path}: "Throws" does not link to ${throws}`);
      const guideLinks = await page.locator('.col-content a[href]').evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.parentElement?.textContent ?? '' })));
      if (!guideLinks.some((link) => link.href.endsWith(guide) && /See the .* guide/.test(link.text))) problems.push(`${path}: no "See the … guide" link to ${guide}`);
    }
    for (const module of ['modules/_aw_account.html', 'modules/_aw_databases.html', 'modules/_aw_storage.html']) {
      await page.goto(siteUrl + module, { waitUntil: 'load' });
      const groups = (await page.locator('.col-content h2').allInnerTexts()).map((text) => text.trim());
      const firstInterface = groups.indexOf('Interfaces');
      const firstFunctions = groups.findIndex((title) => title !== 'Interfaces' && title !== 'Type Aliases' && title !== 'Variables' && title !== 'Classes');
      if (firstInterface >= 0 && (firstFunctions < 0 || firstFunctions > firstInterface)) problems.push(`${module}: interfaces come before the functions (${groups.join(', ')})`);
    }
    await page.goto(siteUrl + 'index.html', { waitUntil: 'load' });
    await page.locator('.tsd-navigation a').first().waitFor({ timeout: 10_000 });
    const nav = await page.locator('.col-sidebar').first().innerText();
    if (/\bDocuments\b/.test(nav)) problems.push('the side navigation calls the guides "Documents"');
    if (!/\bGuides\b/.test(nav)) problems.push('the side navigation has no "Guides" section');
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  const started = Date.now();
  const site = await serveFolder(args.site);
  const browser = await chromium.launch({ executablePath: args.chromium, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const staticContext = await browser.newContext({ javaScriptEnabled: false });
  const failures = [];
  let summary = {};
  try {
    const home = site.url + 'index.html';
    const { pages, files, links, problems } = await crawl(context, staticContext, home, Number(args.concurrency), args['full-render']);
    failures.push(...problems);

    const relative = pages.map((url) => url.slice(site.url.length));
    const functionPages = relative.filter((path) => path.startsWith('functions/'));
    const expected = await readExpectedOperations(args.migration);
    const missing = expected.filter(
      (name) => !functionPages.some((path) => path === `functions/_aw_${name}.html`),
    );
    for (const name of missing) failures.push(`no function page for @aw/${name.replace('.', ' ')}`);
    const subpaths = await expectedSubpathPages();
    for (const [name, page] of subpaths) if (!relative.includes(page)) failures.push(`no reference page for ${name} (expected ${page}, linked from the site)`);
    // Every function must be findable: each function page is an entry of the search index under its name.
    const searchIndex = await readSearchIndex(args.site);
    const unsearchable = functionPages.filter((path) => searchIndex.get(path) !== path.split('.').at(-2));
    for (const path of unsearchable) failures.push(`search index lacks ${path}`);

    await mkdir(args.shots, { recursive: true });
    const homePage = await context.newPage();
    await homePage.goto(home, { waitUntil: 'load' });
    await homePage.waitForTimeout(300);
    await homePage.screenshot({ path: join(args.shots, 'home.png') });
    const homeTitle = await homePage.title();
    await homePage.close();

    const search = await searchFor(context, home, args.search);
    if (search.error) failures.push(search.error);
    else {
      await search.page.waitForTimeout(300);
      await search.page.screenshot({ path: join(args.shots, 'function.png') });
    }
    const hitUrl = search.page.url().slice(site.url.length);
    const readability = await checkReadability(context, site.url);
    failures.push(...readability);
    await search.page.close();

    summary = {
      pages: pages.length,
      files,
      functionPages: functionPages.length,
      links,
      expected: expected.length,
      searchable: functionPages.length - unsearchable.length,
      missing: missing.length,
      subpaths: `${subpaths.filter(([, page]) => relative.includes(page)).length}/${subpaths.length}`,
      homeTitle,
      search: search.error ? 'FAILED' : `"${args.search}" -> ${hitUrl}`,
    };
  } finally {
    await browser.close();
    await site.close();
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  for (const failure of failures.slice(0, 50)) console.log(`  BROKEN ${failure}`);
  if (failures.length > 50) console.log(`  … and ${failures.length - 50} more`);
  console.log(
    `docs-check: ${summary.pages} pages (${summary.functionPages} functions) and ${summary.files} linked files, ${summary.links} internal links, ` +
      `${summary.expected - summary.missing}/${summary.expected} migration-table operations have pages, ${summary.subpaths} subpath exports have pages, ` +
      `${summary.searchable}/${summary.functionPages} functions in the search index, ` +
      `search ${summary.search}, screenshots in ${args.shots}/, ${failures.length} problems, ${seconds}s`,
  );
  console.log(failures.length === 0 ? 'docs-check: PASS' : 'docs-check: FAIL');
  process.exitCode = failures.length === 0 ? 0 : 1;
}

await main();
