import type { Context, Hono } from 'hono';
import QRCode from 'qrcode';
import { fail } from '../../errors/AppwriteException.ts';
import { avatarSets } from '../../generated/avatarSets.ts';
import type { EmulatorContext } from '../../server/context.ts';
import { defineRoute } from '../../server/defineRoute.ts';
import { isUrl, readBoolean, readInteger, readString } from '../../server/validate.ts';
import { badgeSvg, imageSvg, initialsOf, initialsSvg } from './avatarImages.ts';
import { fetchRemote } from './fetchRemote.ts';
import { INERT_CONTENT_HEADERS } from '../storage/viewableTypes.ts';
import { renderPng } from './renderPng.ts';

const RASTER_TYPES = new Set(['image/png', 'image/jpeg', 'image/jpg', 'image/gif', 'image/webp']);
// Types servers send .ico files with (plus none at all).
const ICON_TYPES = new Set(['image/x-icon', 'image/vnd.microsoft.icon', 'image/ico', 'image/icon', 'application/octet-stream']);

/**
 * Tells whether bytes are a Windows icon (ICO header: reserved 0, type 1).
 *
 * @param bytes The bytes.
 *
 * @returns Whether they start like an .ico file.
 */
function isIco(bytes: Uint8Array): boolean {
  return bytes.length >= 6 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 1 && bytes[3] === 0;
}

/**
 * Creates a PNG response with a week of caching, as Appwrite sends avatars.
 *
 * @param c The Hono context.
 * @param png The bytes.
 * @param download Whether to ask the browser to save it.
 *
 * @returns The response.
 */
function pngResponse(c: Context, png: Uint8Array, download = false): Response {
  const headers: Record<string, string> = { 'Content-Type': 'image/png', 'Cache-Control': 'private, max-age=604800' };
  if (download) headers['Content-Disposition'] = 'attachment; filename="qr.png"';
  return c.body(png as Uint8Array<ArrayBuffer>, 200, headers);
}

/**
 * Registers the 7 avatars operations. Every image is a real PNG of the requested size:
 * QR codes from the `qrcode` library, initials, browser, card and flag tiles drawn as SVG
 * and rendered with resvg, remote images and favicons fetched over http(s).
 *
 * @param app The Hono app.
 * @param ctx The emulator context.
 */
export function registerAvatarsRoutes(app: Hono, ctx: EmulatorContext): void {
  const sized = (params: Record<string, unknown>, fallback: number): [number, number] => {
    readInteger(params, 'quality', 100, 0, 100);
    const width = readInteger(params, 'width', fallback, 0, 2000) || fallback;
    const height = readInteger(params, 'height', fallback, 0, 2000) || fallback;
    return [width, height];
  };

  for (const [operationId, set, shape] of [
    ['avatarsGetBrowser', 'browsers', 'circle'],
    ['avatarsGetCreditCard', 'creditCards', 'card'],
    ['avatarsGetFlag', 'flags', 'flag'],
  ] as const) {
    defineRoute(app, ctx, operationId, ({ c, params }) => {
      const code = String(params.code);
      // Only the set's own codes: `__proto__` or `constructor` must not find something on the prototype.
      const name = Object.hasOwn(avatarSets[set], code) ? avatarSets[set][code] : undefined;
      // Appwrite checks the code against a whitelist parameter validator, so an unknown one is a 400.
      if (!name) fail('general_argument_invalid', `Invalid \`code\` param: Value must be one of (${Object.keys(avatarSets[set]).join(', ')})`);
      const [width, height] = sized(params, 100);
      const label = shape === 'card' ? name : code.toUpperCase();
      return pngResponse(c, renderPng(badgeSvg(label, code, width, height, shape), width));
    });
  }

  defineRoute(app, ctx, 'avatarsGetInitials', ({ c, caller, params }) => {
    const [width, height] = sized(params, 500);
    const background = readString(params, 'background', { test: [(v) => /^[0-9a-fA-F]{6}$/.test(v), 'Value must be a valid hex color code'] }) ?? '';
    // Without a name Appwrite uses the signed-in user's name or email.
    const name = readString(params, 'name', { max: 128 }) ?? caller.user?.name ?? caller.user?.email ?? '';
    return pngResponse(c, renderPng(initialsSvg(initialsOf(name), width, height, background), width));
  });

  defineRoute(app, ctx, 'avatarsGetQR', async ({ c, params }) => {
    const text = readString(params, 'text', { required: true, max: 512 });
    const size = readInteger(params, 'size', 400, 1, 1000);
    const margin = readInteger(params, 'margin', 1, 0, 10);
    const download = readBoolean(params, 'download') ?? false;
    const png = await QRCode.toBuffer(text, { type: 'png', width: size, margin, errorCorrectionLevel: 'M' });
    return pngResponse(c, new Uint8Array(png), download);
  });

  defineRoute(app, ctx, 'avatarsGetImage', async ({ c, params }) => {
    const url = readString(params, 'url', { required: true, test: isUrl });
    const [width, height] = sized(params, 400);
    // Anything but a raster image is refused before its body is read.
    const remote = await fetchRemote(url, { policy: ctx.remoteAddresses, accept: (type) => RASTER_TYPES.has(type) });
    return pngResponse(c, renderPng(imageSvg(remote.bytes, remote.type, width, height), width));
  });

  defineRoute(app, ctx, 'avatarsGetFavicon', async ({ c, params }) => {
    const url = readString(params, 'url', { required: true, test: isUrl });
    const page = await fetchRemote(url, { policy: ctx.remoteAddresses });
    let iconUrl = new URL('/favicon.ico', page.finalUrl).toString();
    if (page.type.includes('html')) {
      // Icon links sit in the head; reading only the first 256 KiB with bounded tag lengths keeps the scan linear.
      const html = new TextDecoder().decode(page.bytes.subarray(0, 256 * 1024));
      const link = /<link[^>]{0,2048}?rel=["'][^"'>]{0,256}icon[^"'>]{0,256}["'][^>]{0,2048}>/i.exec(html)?.[0];
      const href = link ? /href=["']([^"']+)["']/i.exec(link)?.[1] : undefined;
      if (href) iconUrl = new URL(href, page.finalUrl).toString();
    }
    const iconNotFound = (): never => fail('avatar_icon_not_found', 'The requested favicon could not be found.');
    let icon: Awaited<ReturnType<typeof fetchRemote>>;
    try {
      icon = await fetchRemote(iconUrl, { policy: ctx.remoteAddresses, accept: (type) => type === '' || ICON_TYPES.has(type) || RASTER_TYPES.has(type), refused: iconNotFound });
    } catch {
      return iconNotFound();
    }
    const headers = { 'Cache-Control': 'private, max-age=604800', ...INERT_CONTENT_HEADERS };
    if (RASTER_TYPES.has(icon.type)) return c.body(renderPng(imageSvg(icon.bytes, icon.type, 64, 64), 64) as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': 'image/png' });
    // Like Appwrite, an .ico is passed through as image/x-icon, and only when it really is one.
    if (!isIco(icon.bytes)) return iconNotFound();
    return c.body(icon.bytes as Uint8Array<ArrayBuffer>, 200, { ...headers, 'Content-Type': 'image/x-icon' });
  });
}
