import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Node's arguments for the API process (`npm start`, the benchmarks). A request allocates a few
 * megabytes of short-lived objects (rows, GraphQL results); a 64 MB young generation lets most of them
 * die before a collection instead of being copied, which the insights benchmark measured at +20%
 * throughput.
 */
export const API_HEAP_ARGS = ['--max-semi-space-size=64'];
const RUN_TYPESCRIPT = ['--import', '@swc-node/register/esm-register'];

/** What `npm run build` leaves behind for `--production` (relative to the repository root). */
export const PRODUCTION_BUILD = {
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/api/src/worker.js',
  web: 'apps/web/build/web-server/main.js',
  webApp: 'apps/web/build/server/index.js',
} as const;

export interface ProductCommands {
  api: string[];
  worker: string[];
  web(host: string, port: number): string[];
}

/**
 * Node's arguments for each process, run from the repository root: the TypeScript sources and the Vite
 * development server, or the compiled build (the same files the container image runs).
 */
export function productCommands(mode: 'development' | 'production'): ProductCommands {
  if (mode === 'production') {
    return {
      api: [...API_HEAP_ARGS, PRODUCTION_BUILD.api],
      worker: [PRODUCTION_BUILD.worker],
      web: () => [PRODUCTION_BUILD.web],
    };
  }
  return {
    api: [...API_HEAP_ARGS, ...RUN_TYPESCRIPT, 'apps/api/src/main.ts'],
    worker: [...RUN_TYPESCRIPT, 'apps/api/src/worker.ts'],
    web: (host, port) => [
      resolve('node_modules/@remix-run/dev/dist/cli.js'),
      'vite:dev',
      '--host',
      host,
      '--port',
      String(port),
      '--strictPort',
    ],
  };
}

/** The build's files that are not there, under the repository root `root`. */
export function missingBuild(root = process.cwd()): string[] {
  return Object.values(PRODUCTION_BUILD).filter((file) => !existsSync(resolve(root, file)));
}
