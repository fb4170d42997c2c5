/**
 * MIME types `getFileView` serves as themselves, as Appwrite 1.5 lists them
 * (app/config/storage/mimes.php): raster images, audio, video, PDF and office documents.
 * Every other file (HTML, SVG, XML, scripts, text …) is served as `text/plain`, so a
 * viewed file can never run as a page of the emulator's origin.
 */
export const VIEWABLE_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'image/jpeg', 'image/gif', 'image/png', 'image/webp',
  'video/mp4', 'video/x-flv', 'video/webm', 'application/x-mpegURL', 'video/MP2T', 'video/3gpp', 'video/quicktime', 'video/x-msvideo', 'video/x-ms-wmv',
  'audio/basic', 'auido/L24', 'audio/mid', 'audio/mpeg', 'audio/mp4', 'audio/x-aiff', 'audio/x-mpegurl', 'audio/vnd.rn-realaudio', 'audio/ogg',
  'audio/vorbis', 'audio/vnd.wav', 'audio/aac', 'audio/x-hx-aac-adts',
  'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template', 'application/vnd.ms-word.document.macroEnabled.12',
  'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template', 'application/vnd.ms-excel.sheet.macroEnabled.12',
  'application/vnd.ms-excel.template.macroEnabled.12', 'application/vnd.ms-excel.addin.macroEnabled.12', 'application/vnd.ms-excel.sheet.binary.macroEnabled.12',
  'application/vnd.ms-powerpoint', 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.openxmlformats-officedocument.presentationml.template', 'application/vnd.openxmlformats-officedocument.presentationml.slideshow',
  'application/vnd.ms-powerpoint.addin.macroEnabled.12', 'application/vnd.ms-powerpoint.presentation.macroEnabled.12',
  'application/vnd.ms-powerpoint.template.macroEnabled.12', 'application/vnd.ms-powerpoint.slideshow.macroEnabled.12',
  'application/vnd.ms-access', 'application/pdf',
]);

/**
 * Headers that keep served bytes inert in a browser: no script runs in them (even as a
 * document), and the browser never guesses a more dangerous type than the one sent.
 */
export const INERT_CONTENT_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "script-src 'none'",
  'X-Content-Type-Options': 'nosniff',
};
