import { Injectable } from '@nestjs/common';
import { TWO_FACTOR_ROLES } from '@rebound/domain';
import type { RequestTransaction } from '../../database/request-transaction.js';
import type { ViewerOrganization } from './dto/auth.types.js';
import { UserEntity } from './user.entity.js';

@Injectable()
export class UserService {
  async findActiveById(db: RequestTransaction, userId: string): Promise<UserEntity | null> {
    const manager = await db.manager();
    const user = await manager.findOneBy(UserEntity, { id: userId });
    return user && !user.disabledAt ? user : null;
  }

  /** Row-level security lets a user see their own memberships across organizations, nothing more. */
  async organizationsOf(db: RequestTransaction, userId: string): Promise<ViewerOrganization[]> {
    const manager = await db.manager();
    return manager.query(
      `SELECT o.slug, o.name, o.kind, m.role
         FROM memberships m JOIN organizations o ON o.id = m.organization_id
        WHERE m.user_id = $1 AND m.status = 'active'
        ORDER BY lower(o.name), o.slug`,
      [userId],
    );
  }

  /** Where the user is staff, two-factor sign-in is required, and theirs is off (see `open_request`). */
  async organizationsRequiringTwoFactorOf(db: RequestTransaction, userId: string): Promise<string[]> {
    const manager = await db.manager();
    const rows: { slug: string }[] = await manager.query(
      `SELECT o.slug FROM memberships m JOIN organizations o ON o.id = m.organization_id
        WHERE m.user_id = $1 AND m.status = 'active' AND m.role = ANY ($2) AND o.require_staff_two_factor
          AND NOT EXISTS (SELECT 1 FROM user_two_factor t WHERE t.user_id = $1 AND t.enabled_at IS NOT NULL)
        ORDER BY o.slug`,
      [userId, TWO_FACTOR_ROLES],
    );
    return rows.map((row) => row.slug);
  }
}
