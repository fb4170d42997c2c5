// The browser never talks to Appwrite through Nuxt: pages read data from this app's own server
// routes (server/api), which act for the user with the session secret from an httpOnly cookie.
export default defineNuxtConfig({
  compatibilityDate: '2026-01-01',
  devtools: { enabled: false },
  telemetry: false,
  devServer: { host: '127.0.0.1' },
  typescript: { strict: true },
  // Only for `ssr-examples.mjs --measure`, which attributes client bytes to packages.
  sourcemap: { client: process.env.AW_CLIENT_SOURCEMAPS === '1', server: false },
  app: { head: { title: 'Notes — AW SDK with Nuxt' } },
});
