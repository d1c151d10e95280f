import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CANDIDATE_FIELDS,
  FIELD_LIMITS,
  mappingProblems,
  suggestMapping,
  type ColumnMapping,
} from '@rebound/domain';
import { isStaff } from '../../common/client-visibility.js';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js';
import { updateVersioned } from '../../common/optimistic-lock.js';
import { keysetPage, newestFirst } from '../../common/keyset-page.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { CANDIDATE_IMPORT_QUEUE } from '../jobs/queue-names.js';
import { safeCsv } from '../../common/safe-csv.js';
import { stageCsvRows } from './candidate-import.staging.js';
import type {
  CandidateImport,
  CandidateImportIssue,
  CandidateImportPreview,
  CreateCandidateImportInput,
  SetCandidateImportMappingInput,
  StartCandidateImportInput,
} from './dto/candidate-import.types.js';
import { BillingService } from '../billing/billing.service.js';
import { JobSender } from './job-sender.js';
import { AUDIT_ACTIONS } from '../audit/audit-actions.js';
import { AuditLogService } from '../audit/audit-log.service.js';

export const PREVIEW_ROWS = 5;

export type ImportPhase = 'validate' | 'import';
export interface ImportJob {
  orgId: string;
  importId: string;
  phase: ImportPhase;
}

const IMPORT_COLUMNS = `i.id, i.file_name AS "fileName", i.status, i.headers, coalesce(i.mapping, '{}') AS mapping,
  i.invite, i.total_rows AS "totalRows", i.checked_rows AS "checkedRows", i.valid_rows AS "validRows",
  i.issue_count AS "issueCount", i.processed_rows AS "processedRows", i.created_count AS "createdCount",
  i.skipped_count AS "skippedCount", i.failure, i.version, i.created_at AS "createdAt",
  i.finished_at AS "finishedAt", i.unassigned_rows AS "unassignedRows", i.update_existing AS "updateExisting",
  i.update_rows AS "updateRows", i.updated_count AS "updatedCount",
  (SELECT u.name FROM memberships m JOIN users u ON u.id = m.user_id
    WHERE m.organization_id = i.organization_id AND m.id = i.default_recruiter_membership_id) AS "defaultRecruiterName"`;

/** Uploads, mappings and the start of imports; the worker does the row work (CandidateImportProcessor). */
@Injectable()
export class CandidateImportService {
  constructor(
    private readonly jobs: JobSender,
    private readonly billing: BillingService,
    private readonly auditLog: AuditLogService,
  ) {}

  /** A CSV sent as text inside the GraphQL request (small files; `upload` takes any size). */
  create(ctx: ServiceContext, input: CreateCandidateImportInput): Promise<CandidateImport> {
    return this.upload(
      ctx,
      { fileName: input.fileName, invite: input.invite ?? false },
      [input.csv],
      'input.csv',
    );
  }

  /**
   * Stores a CSV row by row as it streams in (`source`: its bytes, in order) and suggests a column
   * mapping. Everything happens on the request's transaction: a refused file leaves nothing behind.
   * `path` names the input in errors (`input.csv`, or `file` at the upload endpoint).
   */
  async upload(
    ctx: ServiceContext,
    file: { fileName: string; invite: boolean },
    source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
    path: string,
  ): Promise<CandidateImport> {
    assertStaff(ctx);
    const fileName = file.fileName.trim();
    const limit = FIELD_LIMITS.candidateImportFileName;
    if (!fileName || fileName.length > limit) {
      throw new BadUserInputError([
        {
          path: 'fileName',
          ...(fileName ? { code: 'TOO_LONG', params: { limit } } : { code: 'REQUIRED' }),
          message: `Name the file (at most ${limit} characters).`,
        },
      ]);
    }
    const id = randomUUID();
    const manager = await ctx.db.manager();
    await manager.query(
      `INSERT INTO candidate_imports (organization_id, id, file_name, headers, invite, total_rows,
                                      created_by_user_id, default_recruiter_membership_id)
       VALUES ($1, $2, $3, '{}', $4, 0, $5, $6)`,
      // Rows that name no recruiter go to whoever ran the import, so they never drop out of sight.
      [ctx.orgId, id, fileName, file.invite, ctx.userId, ctx.membershipId],
    );
    const { headers, rows } = await stageCsvRows(manager, ctx.orgId, id, source, path);
    await manager.query(
      `UPDATE candidate_imports SET headers = $3, mapping = $4, total_rows = $5
        WHERE organization_id = $1 AND id = $2`,
      [ctx.orgId, id, headers, JSON.stringify(suggestMapping(headers)), rows],
    );
    return this.find(ctx, id);
  }

  /** Saves the mapping and starts the dry run, which reports every row that would not import. */
  async setMapping(ctx: ServiceContext, input: SetCandidateImportMappingInput): Promise<CandidateImport> {
    const current = await this.find(ctx, input.id);
    if (!['uploaded', 'validated', 'failed'].includes(current.status)) {
      throw new ConflictError('IMPORT_UNDER_WAY', 'This import is already under way.', 'input.id');
    }
    const mapping: ColumnMapping = Object.fromEntries(
      CANDIDATE_FIELDS.flatMap((field) => {
        const column = input.mapping[field];
        return column === undefined || column === null ? [] : [[field, column]];
      }),
    );
    const problems = mappingProblems(mapping, current.headers.length);
    if (problems.length) {
      throw new BadUserInputError(
        problems.map(({ field, code, params, message }) => ({
          path: `input.mapping.${field}`,
          code,
          params,
          message,
        })),
      );
    }
    const manager = await ctx.db.manager();
    await updateVersioned(
      manager,
      `UPDATE candidate_imports SET mapping = $4, update_existing = $5, status = 'validating', checked_rows = 0,
              valid_rows = 0, issue_count = 0, unassigned_rows = 0, update_rows = 0, failure = NULL, lease_until = NULL,
              version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3`,
      [ctx.orgId, input.id, input.version, JSON.stringify(mapping), input.updateExisting ?? false],
      { table: 'candidate_imports', orgId: ctx.orgId, id: input.id, what: 'Import' },
    );
    await manager.query('DELETE FROM candidate_import_issues WHERE organization_id = $1 AND import_id = $2', [
      ctx.orgId,
      input.id,
    ]);
    await this.enqueue(ctx, input.id, 'validate');
    return this.find(ctx, input.id);
  }

  async start(ctx: ServiceContext, input: StartCandidateImportInput): Promise<CandidateImport> {
    const current = await this.find(ctx, input.id);
    if (current.status === 'importing' || current.status === 'completed') return current;
    if (current.status !== 'validated') {
      throw new ConflictError('IMPORT_NOT_CHECKED', 'Check the mapping with a dry run first.', 'input.id');
    }
    await this.billing.assertSeatAvailable(ctx, 'client', 'input.id', Math.max(1, current.validRows));
    await updateVersioned(
      await ctx.db.manager(),
      `UPDATE candidate_imports SET status = 'importing', processed_rows = 0, created_count = 0, skipped_count = 0,
              updated_count = 0,
              version = version + 1, updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3 AND status = 'validated'`,
      [ctx.orgId, input.id, input.version],
      { table: 'candidate_imports', orgId: ctx.orgId, id: input.id, what: 'Import' },
    );
    await this.enqueue(ctx, input.id, 'import');
    return this.find(ctx, input.id);
  }

  async find(ctx: ServiceContext, id: string): Promise<CandidateImport> {
    assertStaff(ctx);
    const manager = await ctx.db.manager();
    const rows: CandidateImport[] = await manager.query(
      `SELECT ${IMPORT_COLUMNS} FROM candidate_imports i WHERE i.organization_id = $1 AND i.id = $2`,
      [ctx.orgId, id],
    );
    if (!rows.length) throw new NotFoundError('Import');
    return rows[0];
  }

  async list(
    ctx: ServiceContext,
    first: number,
    after?: string | null,
  ): Promise<Connection<CandidateImport>> {
    assertStaff(ctx);
    return keysetPage<CandidateImport>(ctx.db, {
      columns: IMPORT_COLUMNS,
      from: 'candidate_imports i WHERE i.organization_id = $1',
      params: [ctx.orgId],
      order: newestFirst('i'),
      first,
      after,
    });
  }

  /** The first rows of the file, as stored. */
  async preview(ctx: ServiceContext, id: string): Promise<CandidateImportPreview[]> {
    const manager = await ctx.db.manager();
    return manager.query(
      `SELECT line, cells FROM candidate_import_rows
        WHERE organization_id = $1 AND import_id = $2 AND ordinal <= $3 ORDER BY ordinal`,
      [ctx.orgId, id, PREVIEW_ROWS],
    );
  }

  /** Every problem the dry run found, one line each, as CSV to fix the rows and upload them again. */
  async issuesCsv(ctx: ServiceContext, importId: string): Promise<string> {
    const found = await this.find(ctx, importId);
    const manager = await ctx.db.manager();
    const rows: { line: number; field: string; code: string; message: string }[] = await manager.query(
      `SELECT line, field, code, message FROM candidate_import_issues
        WHERE organization_id = $1 AND import_id = $2 ORDER BY line, field, code`,
      [ctx.orgId, importId],
    );
    await this.auditLog.record(ctx, {
      action: AUDIT_ACTIONS.EXPORT_IMPORT_PROBLEMS,
      target: { type: 'candidate_import', id: importId, label: found.fileName },
      metadata: { rows: rows.length },
    });
    return safeCsv(
      ['line', 'field', 'problem', 'code'],
      rows.map((row) => [row.line, row.field, row.message, row.code]),
    );
  }

  async issues(
    ctx: ServiceContext,
    importId: string,
    first: number,
    after?: string | null,
  ): Promise<Connection<CandidateImportIssue>> {
    await this.find(ctx, importId);
    return keysetPage<CandidateImportIssue>(ctx.db, {
      columns: 'id, line, field, code, message',
      from: 'candidate_import_issues WHERE organization_id = $1 AND import_id = $2',
      params: [ctx.orgId, importId],
      // By line; the zero-padded text keeps the cursor a string that sorts as the number does.
      order: { key: "lpad(line::text, 10, '0')", type: 'text', id: 'id', direction: 'ASC' },
      first,
      after,
    });
  }

  private async enqueue(ctx: ServiceContext, importId: string, phase: ImportPhase): Promise<void> {
    const job: ImportJob = { orgId: ctx.orgId, importId, phase };
    await this.jobs.send(await ctx.db.manager(), CANDIDATE_IMPORT_QUEUE, job);
  }
}

function assertStaff(ctx: ServiceContext): void {
  if (!isStaff(ctx)) throw new ForbiddenError('Imports are for recruiters.');
}
