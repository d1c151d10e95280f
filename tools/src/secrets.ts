import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SharedSecrets {
  AUTH_SECRET: string;
  SERVICE_KEY: string;
}

/**
 * The secrets web and API share. Taken from the environment when set; otherwise made once and kept
 * next to the data (so sessions survive a restart), or made fresh for a throwaway run.
 */
export function sharedSecrets(file: string | null): SharedSecrets {
  const stored: Partial<SharedSecrets> =
    file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const secrets: SharedSecrets = {
    AUTH_SECRET: process.env.AUTH_SECRET ?? stored.AUTH_SECRET ?? randomBytes(32).toString('base64url'),
    SERVICE_KEY: process.env.SERVICE_KEY ?? stored.SERVICE_KEY ?? randomBytes(32).toString('base64url'),
  };
  if (file && (stored.AUTH_SECRET !== secrets.AUTH_SECRET || stored.SERVICE_KEY !== secrets.SERVICE_KEY)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  }
  return secrets;
}
