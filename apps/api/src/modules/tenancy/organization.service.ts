import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OrganizationKind } from '@rebound/domain';
import { NotFoundError } from '../../common/errors.js';

export interface OrganizationDirectoryEntry {
  id: string;
  name: string;
  slug: string;
  kind: OrganizationKind;
}

@Injectable()
export class OrganizationService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Resolves a slug before any tenant is known, so it runs outside the request's tenant transaction.
   * Row-level security hides every organization from the API's role outside its tenant; the
   * `organization_by_slug` definer function returns the directory fields and nothing else.
   */
  async findBySlug(slug: string): Promise<OrganizationDirectoryEntry> {
    const rows: OrganizationDirectoryEntry[] = await this.dataSource.query(
      'SELECT id, name, slug, kind FROM organization_by_slug($1)',
      [slug.toLowerCase()],
    );
    if (rows.length === 0) throw new NotFoundError('Organization');
    return rows[0];
  }
}
