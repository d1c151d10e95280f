import { Inject, Injectable } from '@nestjs/common';
import { decode } from '@auth/core/jwt';
import { LRUCache } from 'lru-cache';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import type { Viewer } from '../../common/request-context.js';

/** Auth.js names its session cookie (and so the token's salt) with a __Secure- prefix on https. */
export const SESSION_TOKEN_SALTS = ['authjs.session-token', '__Secure-authjs.session-token'] as const;

/**
 * Reads the web app's session token. The token alone is not enough to make a viewer: its session must
 * still exist, unrevoked and unexpired, for a user who is not disabled, so that signing out, signing
 * out everywhere and disabling take effect on the very next request (`open_request` checks that).
 */
@Injectable()
export class AuthenticationService {
  /**
   * What recent tokens claim, until they expire: decoding one costs two key derivations and a
   * decryption, on every request of a session. Only the token's own content is kept; whether its
   * session still holds is checked on every request all the same.
   */
  private readonly claims = new LRUCache<string, Viewer>({ max: 10_000 });

  constructor(@Inject(API_CONFIG) private readonly config: ApiConfig) {}

  /**
   * The session a bearer token claims, from the token alone (signature, expiry). Whether that session
   * still holds is settled with the request's first statement (`RequestTransaction.openForSession`).
   */
  async claimedSession(header: string | undefined): Promise<Viewer | null> {
    const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    if (!token) return null;
    const known = this.claims.get(token);
    if (known) return known;
    const claims = await this.decode(token);
    const sessionId = typeof claims?.sid === 'string' ? claims.sid : null;
    const userId = typeof claims?.sub === 'string' ? claims.sub : null;
    if (!sessionId || !userId || !isUuid(sessionId) || !isUuid(userId)) return null;
    const viewer = { userId, sessionId };
    const expiresInMs = typeof claims?.exp === 'number' ? claims.exp * 1000 - Date.now() : 0;
    if (expiresInMs > 0) this.claims.set(token, viewer, { ttl: expiresInMs });
    return viewer;
  }

  private async decode(token: string): Promise<Record<string, unknown> | null> {
    for (const salt of SESSION_TOKEN_SALTS) {
      try {
        const claims = await decode({ token, secret: this.config.AUTH_SECRET, salt });
        if (claims) return claims;
      } catch {
        // wrong salt, tampered or expired token: try the next salt, then give up
      }
    }
    return null;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isUuid(value: string): boolean {
  return UUID.test(value);
}
