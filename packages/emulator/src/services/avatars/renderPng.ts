import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';

let fontFile: string | undefined;

/**
 * Returns the path of the DejaVu Sans Bold font shipped in this package's fonts/ folder, so text
 * renders the same on every machine. Only this one face is shipped (0.7 MB, its licence beside it):
 * the whole DejaVu package would add 12 MB to every install.
 *
 * @returns The font path.
 */
function bundledFont(): string {
  fontFile ??= createRequire(import.meta.url).resolve('@aw/emulator/fonts/DejaVuSans-Bold.ttf');
  return fontFile;
}

/**
 * Creates a PNG from an SVG document whose viewBox is `0 0 width height`.
 *
 * @param svg The SVG markup.
 * @param width Output width in pixels.
 *
 * @returns The PNG bytes.
 */
export function renderPng(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: [bundledFont()], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/**
 * Escapes text for use inside SVG markup.
 *
 * @param text The text.
 *
 * @returns The escaped text.
 */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Creates a stable colour from a string (same input, same colour).
 *
 * @param seed The string.
 * @param lightness HSL lightness in percent.
 *
 * @returns An `hsl(...)` colour.
 */
export function colourFor(seed: string, lightness = 45): string {
  let hash = 0;
  for (const ch of seed) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `hsl(${hash % 360}, 60%, ${lightness}%)`;
}
