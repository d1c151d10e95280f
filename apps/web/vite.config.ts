import { vitePlugin as remix } from '@remix-run/dev';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';
import tsconfigPaths from 'vite-tsconfig-paths';
import { clientAddressVitePlugin } from './server/client-address';

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  server: {
    host: '127.0.0.1',
    port: Number(process.env.PORT) || 3000,
    strictPort: true,
  },
  // Named up front so the dev server never re-optimizes on a first visit and reloads the page
  // under a user (or an end-to-end test). Server-only packages are listed too: Remix reads route
  // modules whole (server imports included) when it collects their exports.
  optimizeDeps: {
    include: [
      '@remix-run/node',
      'graphql',
      'zod',
      '@auth/core',
      '@auth/core/errors',
      '@auth/core/jwt',
      '@auth/core/providers/credentials',
      '@auth/core/providers/github',
      '@auth/core/providers/google',
      'proxy-addr',
      // Charts: bundled up front, so the first analytics page does not re-optimize (and duplicate) React.
      'recharts',
    ],
  },
  plugins: [
    // First: the browser's address is settled from the socket before anything else sees the request.
    clientAddressVitePlugin(),
    tailwindcss(),
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
    tsconfigPaths(),
  ],
});
