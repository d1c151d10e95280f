import { createHash } from 'node:crypto';
import type { RequestOrigin } from '../../database/request-transaction.js';

/**
 * The device a session was opened from: a hash of the browser's user agent and address as the web server
 * reports them. Nothing is stored on the device itself, so a browser that moves to another network (or
 * updates itself to a new version) counts as a new device once; the hash keeps neither value readable.
 * Null when the request says nothing about its origin (background work).
 */
export function deviceFingerprint(origin: RequestOrigin | null): string | null {
  if (!origin || (!origin.userAgent && !origin.clientAddress)) return null;
  return createHash('sha256')
    .update(`${origin.userAgent ?? ''}\n${origin.clientAddress ?? ''}`)
    .digest('hex');
}
