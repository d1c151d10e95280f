import { existsSync } from 'node:fs';

/**
 * The browser the end-to-end tests drive: Debian's Chromium (Playwright downloads none here), or
 * the one named by CHROMIUM_PATH. Without one the run stops with a message saying what to install.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (path): path is string => Boolean(path),
  );
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install it with `apt-get update && apt-get install -y chromium` ' +
        '(Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  return found;
}
