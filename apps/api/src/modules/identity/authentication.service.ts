import { Inject, Injectable } from '@nestjs/common';
import { decode } from '@auth/core/jwt';
import { DataSource } from 'typeorm';
import { API_CONFIG, type ApiConfig } from '../../config/config.js';
import type { Viewer } from '../../common/request-context.js';

/** Auth.js names its session cookie (and so the token's salt) with a __Secure- prefix on https. */
export const SESSION_TOKEN_SALTS = ['authjs.session-token', '__Secure-authjs.session-token'] as const;

/**
 * Turns the web app's session token into a viewer. The token alone is not enough: its session must
 * still exist, unrevoked and unexpired, for a user who is not disabled, so that signing out, signing
 * out everywhere and disabling take effect on the very next request.
 */
@Injectable()
export class AuthenticationService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  async viewerFromAuthorization(header: string | undefined): Promise<Viewer | null> {
    const token = /^Bearer (.+)$/.exec(header ?? '')?.[1];
    if (!token) return null;
    const claims = await this.decode(token);
    const sessionId = typeof claims?.sid === 'string' ? claims.sid : null;
    const userId = typeof claims?.sub === 'string' ? claims.sub : null;
    if (!sessionId || !userId || !isUuid(sessionId) || !isUuid(userId)) return null;
    const rows: { user_id: string }[] = await this.dataSource.query(
      `SELECT s.user_id FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND u.disabled_at IS NULL`,
      [sessionId, userId],
    );
    return rows.length ? { userId, sessionId } : null;
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
