import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PRODUCTION_BUILD, missingBuild } from '../tools/src/product-commands.js';

const root = resolve(import.meta.dirname, '..');
const SOURCES = ['apps/api/src', 'apps/web/app', 'apps/web/server', 'libs/domain/src'];

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (!entry.name.includes('.spec.')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The e2e run tests the production build (`npm run build`), so it refuses to start on a missing one or
 * on one older than the sources, rather than testing code that is not there any more.
 */
export function assertFreshProductionBuild(): void {
  const missing = missingBuild(root);
  if (missing.length) {
    throw new Error(
      `The e2e tests run against the production build, which is missing (${missing.join(', ')}): run \`npm run build\` first, or set E2E_MODE=development.`,
    );
  }
  const built = Math.min(
    ...Object.values(PRODUCTION_BUILD).map((file) => statSync(join(root, file)).mtimeMs),
  );
  const changed = Math.max(...SOURCES.map((directory) => newestSource(join(root, directory))));
  if (changed > built) {
    throw new Error(
      `The production build is older than the sources: run \`npm run build\` again (the e2e tests run against it), or set E2E_MODE=development.`,
    );
  }
}
