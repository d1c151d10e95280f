import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  slugify,
  slugProblem,
  SLUG_MAX_LENGTH,
  SLUG_MIN_LENGTH,
  type OrganizationKind,
} from '@rebound/domain';
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
  async findBySlugOrNull(slug: string): Promise<OrganizationDirectoryEntry | null> {
    const rows: OrganizationDirectoryEntry[] = await this.dataSource.query(
      'SELECT id, name, slug, kind FROM organization_by_slug($1)',
      [slug.toLowerCase()],
    );
    return rows[0] ?? null;
  }

  async findBySlug(slug: string): Promise<OrganizationDirectoryEntry> {
    const organization = await this.findBySlugOrNull(slug);
    if (!organization) throw new NotFoundError('Organization');
    return organization;
  }

  /** The first free slug for a new organization's name: "northstar", then "northstar-2", … */
  async availableSlug(name: string): Promise<string> {
    const base = slugify(name).slice(0, SLUG_MAX_LENGTH - 4) || 'practice';
    const padded = base.length >= SLUG_MIN_LENGTH ? base : `${base}-team`;
    for (let attempt = 1; attempt < 100; attempt += 1) {
      const candidate = attempt === 1 ? padded : `${padded}-${attempt}`;
      if (!slugProblem(candidate) && !(await this.findBySlugOrNull(candidate))) return candidate;
    }
    return `${padded}-${Date.now().toString(36)}`;
  }
}
