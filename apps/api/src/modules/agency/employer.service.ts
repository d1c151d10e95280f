import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { containsPattern } from '../../common/client-visibility.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { keysetPage } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { assertStaff } from './staff-only.js';
import type {
  AddEmployerContactInput,
  CreateEmployerInput,
  Employer,
  EmployerContact,
} from './dto/employer.types.js';

/** An employer with its contacts (by name) and how many submissions went to it, in one statement. */
const EMPLOYER_COLUMNS = `e.id, e.name,
  coalesce((SELECT jsonb_agg(jsonb_build_object('id', ec.id, 'employerId', ec.employer_id, 'name', ec.name,
                                                'email', ec.email, 'title', ec.title) ORDER BY lower(ec.name), ec.id)
              FROM employer_contacts ec WHERE ec.organization_id = e.organization_id AND ec.employer_id = e.id), '[]') AS contacts,
  (SELECT count(*)::int FROM candidate_submissions s WHERE s.organization_id = e.organization_id AND s.employer_id = e.id) AS submissions`;

const CONTACT_COLUMNS = `id, employer_id AS "employerId", name, email, title`;

/** Employers and their contacts: records of the agency, shared by all its staff. */
@Injectable()
export class EmployerService {
  async list(
    ctx: ServiceContext,
    first: number,
    after: string | null | undefined,
    search?: string | null,
  ): Promise<Connection<Employer>> {
    assertStaff(ctx);
    const params: unknown[] = [ctx.orgId];
    const conditions = ['e.organization_id = $1'];
    if (search?.trim()) {
      params.push(containsPattern(search));
      conditions.push(`e.name_key LIKE $${params.length}`);
    }
    return keysetPage<Employer>(ctx.db, {
      columns: EMPLOYER_COLUMNS,
      from: `employers e WHERE ${conditions.join(' AND ')}`,
      params,
      order: { key: 'e.name_key', type: 'text', id: 'e.id', direction: 'ASC' },
      first,
      after,
    });
  }

  async find(ctx: ServiceContext, id: string): Promise<Employer> {
    assertStaff(ctx);
    const manager = await ctx.db.manager();
    const rows: Employer[] = await manager.query(
      `SELECT ${EMPLOYER_COLUMNS} FROM employers e WHERE e.organization_id = $1 AND e.id = $2`,
      [ctx.orgId, id],
    );
    if (!rows.length) throw new NotFoundError('Employer');
    return rows[0];
  }

  /** A name the agency already has (in any case or spacing) is a CONFLICT, unless it is a retry of this create. */
  async create(ctx: ServiceContext, input: CreateEmployerInput): Promise<Employer> {
    assertStaff(ctx);
    const name = input.name.trim();
    if (!name) {
      throw new BadUserInputError([
        { path: 'input.name', code: 'REQUIRED', message: 'Enter the employer’s name.' },
      ]);
    }
    const id = input.id ?? randomUUID();
    const manager = await ctx.db.manager();
    const existing: { id: string }[] = await manager.query(
      `SELECT id FROM employers WHERE organization_id = $1 AND (id = $2 OR name_key = lower(btrim($3)))`,
      [ctx.orgId, id, name],
    );
    if (existing.some((row) => row.id === id)) return this.find(ctx, id);
    if (existing.length)
      throw new ConflictError(
        'EMPLOYER_NAME_TAKEN',
        'The agency already has an employer with this name.',
        'input.name',
      );
    await manager.query(`INSERT INTO employers (organization_id, id, name) VALUES ($1, $2, $3)`, [
      ctx.orgId,
      id,
      name,
    ]);
    return this.find(ctx, id);
  }

  /** The employer of this name, made on first use: how a submission typed by company name finds its record. */
  async findOrCreateByName(ctx: ServiceContext, name: string): Promise<{ id: string; name: string }> {
    const manager = await ctx.db.manager();
    const [made]: { id: string; name: string }[] = await manager.query(
      `INSERT INTO employers (organization_id, name) VALUES ($1, btrim($2))
       ON CONFLICT (organization_id, name_key) DO NOTHING RETURNING id, name`,
      [ctx.orgId, name],
    );
    if (made) return made;
    // Made meanwhile, by this request or a concurrent one: a new statement sees it.
    const [existing]: { id: string; name: string }[] = await manager.query(
      `SELECT id, name FROM employers WHERE organization_id = $1 AND name_key = lower(btrim($2))`,
      [ctx.orgId, name],
    );
    return existing;
  }

  async addContact(ctx: ServiceContext, input: AddEmployerContactInput): Promise<EmployerContact> {
    assertStaff(ctx);
    await this.find(ctx, input.employerId);
    const name = input.name.trim();
    if (!name) {
      throw new BadUserInputError([
        { path: 'input.name', code: 'REQUIRED', message: 'Enter the contact’s name.' },
      ]);
    }
    const id = input.id ?? randomUUID();
    const manager = await ctx.db.manager();
    await manager.query(
      `INSERT INTO employer_contacts (organization_id, id, employer_id, name, email, title)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (organization_id, id) DO NOTHING`,
      [ctx.orgId, id, input.employerId, name, input.email?.trim() || null, input.title?.trim() || null],
    );
    const rows: EmployerContact[] = await manager.query(
      `SELECT ${CONTACT_COLUMNS} FROM employer_contacts WHERE organization_id = $1 AND id = $2 AND employer_id = $3`,
      [ctx.orgId, id, input.employerId],
    );
    // The id is taken by a contact of another employer: not a retry of this call.
    if (!rows.length) {
      throw new ConflictError('CONTACT_ID_TAKEN', 'This id belongs to another contact.', 'input.id');
    }
    return rows[0];
  }
}
