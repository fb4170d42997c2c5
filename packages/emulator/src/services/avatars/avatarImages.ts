import { colourFor, escapeXml } from './renderPng.ts';

/**
 * Creates the SVG of an initials avatar: up to two letters centred on a coloured square.
 *
 * @param initials The letters.
 * @param width The width.
 * @param height The height.
 * @param background A hex colour without `#`, or '' for one derived from the letters.
 *
 * @returns The SVG.
 */
export function initialsSvg(initials: string, width: number, height: number, background: string): string {
  const fill = background ? `#${background}` : colourFor(initials || '?');
  const size = Math.min(width, height) * 0.4;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + `<rect width="100%" height="100%" fill="${fill}"/>`
    + `<text x="${width / 2}" y="${height / 2 + size * 0.36}" font-family="DejaVu Sans" font-weight="bold" font-size="${size}" fill="#ffffff" text-anchor="middle">${escapeXml(initials)}</text></svg>`;
}

/**
 * Creates the SVG of a badge: a rounded tile with a label, used for browser, card and flag icons.
 *
 * @param label The text on the tile.
 * @param seed What picks the colours.
 * @param width The width.
 * @param height The height.
 * @param shape circle (browsers), card (credit cards) or flag (three stripes).
 *
 * @returns The SVG.
 */
export function badgeSvg(label: string, seed: string, width: number, height: number, shape: 'circle' | 'card' | 'flag'): string {
  const size = Math.min(width, height) * (label.length > 3 ? 0.18 : 0.36);
  let body: string;
  if (shape === 'circle') {
    body = `<circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 2}" fill="${colourFor(seed)}"/>`;
  } else if (shape === 'card') {
    body = `<rect width="${width}" height="${height}" rx="${Math.min(width, height) / 8}" fill="${colourFor(seed, 35)}"/>`
      + `<rect x="${width * 0.1}" y="${height * 0.22}" width="${width * 0.18}" height="${height * 0.16}" rx="2" fill="#e8c547"/>`;
  } else {
    const third = height / 3;
    body = [0, 1, 2].map((i) => `<rect y="${i * third}" width="${width}" height="${third + 1}" fill="${colourFor(`${seed}${i}`, 40 + i * 10)}"/>`).join('');
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}`
    + `<text x="${width / 2}" y="${height / 2 + size * 0.36}" font-family="DejaVu Sans" font-weight="bold" font-size="${size}" fill="#ffffff" text-anchor="middle">${escapeXml(label)}</text></svg>`;
}

/**
 * Creates the SVG that crops and scales a raster image to fill the requested box.
 *
 * @param bytes The image bytes.
 * @param mime The image type.
 * @param width The width.
 * @param height The height.
 *
 * @returns The SVG.
 */
export function imageSvg(bytes: Uint8Array, mime: string, width: number, height: number): string {
  const href = `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`
    + `<image width="${width}" height="${height}" preserveAspectRatio="xMidYMid slice" xlink:href="${href}"/></svg>`;
}

/**
 * Creates initials from a name or email: first letters of the first two words.
 *
 * @param name The name.
 *
 * @returns One or two upper-case letters.
 */
export function initialsOf(name: string): string {
  const words = name.split(/[\s@._-]+/).filter(Boolean);
  return words.slice(0, 2).map((w) => w.charAt(0).toUpperCase()).join('');
}
