import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

const config: NextConfig = {
  // The workspace root, so Next.js traces files from the monorepo and not from a stray lockfile.
  outputFileTracingRoot: fileURLToPath(new URL('../..', import.meta.url)),
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
  // `ws` stays a plain Node require in the server bundle (its optional native add-ons confuse bundlers).
  serverExternalPackages: ['ws'],
  // `pnpm --filter @aw/example-nextjs typecheck` checks the types; the build only compiles.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // Only for `ssr-examples.mjs --measure`, which attributes client bytes to packages.
  productionBrowserSourceMaps: process.env.AW_CLIENT_SOURCEMAPS === '1',
};

export default config;
