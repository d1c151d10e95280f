import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  candidateChanges,
  readCandidateRow,
  type CandidateRow,
  type ColumnMapping,
  type ExistingCandidate,
  type ImportIssue,
} from '@rebound/domain';
import { forEachTenant, inTenant } from '../../database/per-tenant.js';
import { NotificationEventsService } from '../notifications/notification-events.service.js';
import { CANDIDATE_IMPORT_QUEUE, CANDIDATE_INVITATIONS_QUEUE } from '../jobs/queue-names.js';
import type { ImportJob } from './candidate-import.service.js';
import { stageCsvRows } from './candidate-import.staging.js';
import type { InvitationJob } from './candidate-invitation.processor.js';
import { SeatSyncService } from '../billing/seat-sync.service.js';
import { JobSender } from './job-sender.js';
import { importedRows } from '../../observability/metrics.js';

/** Rows imported per transaction: progress moves in steps of this size, and a crash loses at most one. */
export const IMPORT_BATCH_ROWS = 1_000;
/** Rows the dry run checks per transaction (read, checked against the database, written back). */
export const CHECK_BATCH_ROWS = 2_000;
/** Planner statistics are refreshed after the first batch and then every this many. */
export const STATISTICS_EVERY_BATCHES = 8;
/** A worker holds an import this long after its last batch; a crashed worker's import is free again after it. */
export const IMPORT_LEASE_SECONDS = 10;

type Outcome = 'create' | 'update' | 'unchanged' | 'issue';

interface CheckedRow {
  ordinal: number;
  line: number;
  /** The row as read, when its own cells are sound (its email then counts for duplicates). */
  row: CandidateRow | null;
  issues: ImportIssue[];
  outcome: Outcome;
  recruiterMembershipId: string | null;
  existingClientId: string | null;
}

/** What the dry run needs to know about one batch's emails: nothing about anyone else's. */
interface BatchDirectory {
  members: Set<string>;
  /** The organization's candidates with these emails (lowercased), with the fields an import may update. */
  candidates: Map<string, ExistingCandidate & { id: string }>;
  recruiters: Map<string, string>;
  /** The first line of each email on an earlier row of the file. */
  firstLineOf: Map<string, number>;
}

interface ImportState {
  /** The whole file, for an import uploaded before files were stored as rows; null otherwise. */
  content: string | null;
  mapping: ColumnMapping;
  totalRows: number;
  checkedRows: number;
  processedRows: number;
  defaultRecruiter: string | null;
  updateExisting: boolean;
}

/**
 * The worker's side of a candidate import; the file is already stored row by row
 * (`candidate_import_rows`). The dry run reads the rows in batches, checks each one (`libs/domain`)
 * against the rest of the file and the organization as they are, writes what it made of each row beside
 * it and reports every row that would not import. The import then inserts the rows the dry run passed
 * with set-based statements, one batch per transaction, checking each row against the database again.
 * Each batch commits with the count of rows done, so a crashed dry run or import resumes after the last
 * committed batch and no batch is applied twice; a candidate whose email is already there is skipped:
 * running an import twice, or the same file twice, creates nobody twice. Memory holds one batch.
 */
@Injectable()
export class CandidateImportProcessor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobSender,
    private readonly seats: SeatSyncService,
    private readonly notifications: NotificationEventsService,
  ) {}

  async run(job: ImportJob): Promise<void> {
    const claimed = await this.inTenant(job.orgId, (manager) =>
      manager.query(
        `UPDATE candidate_imports SET lease_until = now() + make_interval(secs => ${IMPORT_LEASE_SECONDS})
          WHERE organization_id = $1 AND id = $2 AND status = $3 AND (lease_until IS NULL OR lease_until < now())
          RETURNING content, mapping, total_rows AS "totalRows", checked_rows AS "checkedRows",
                    processed_rows AS "processedRows",
                    default_recruiter_membership_id AS "defaultRecruiter", update_existing AS "updateExisting"`,
        [job.orgId, job.importId, job.phase === 'validate' ? 'validating' : 'importing'],
      ),
    );
    // An UPDATE answers [rows, affected count].
    const [[state]] = claimed as [[ImportState?], number];
    // Done already, or another worker holds it (and will finish it).
    if (!state) return;
    try {
      if (state.content !== null) await this.stageStoredText(job, state.content);
      if (job.phase === 'validate') await this.validate(job, state);
      else {
        await this.import(job, state);
        // Agencies pay per active candidate: the subscription follows the import, once, at its end.
        await this.seats.sync(job.orgId);
        await this.announceFinished(job);
      }
    } catch (error) {
      await this.inTenant(job.orgId, (manager) =>
        manager.query(
          'UPDATE candidate_imports SET lease_until = NULL WHERE organization_id = $1 AND id = $2',
          [job.orgId, job.importId],
        ),
      );
      throw error;
    }
  }

  /**
   * Queues again every dry run or import whose worker stopped (its lease ran out): the worker runs this at
   * start and every minute, so a crash mid-import ends in the same result once any worker is up.
   */
  resumeStalled(): Promise<number> {
    return forEachTenant(this.dataSource, async (db, orgId) => {
      const manager = await db.manager();
      const stalled: { id: string; status: string }[] = await manager.query(
        `SELECT id, status FROM candidate_imports
          WHERE organization_id = $1 AND status IN ('validating', 'importing')
            AND (lease_until IS NULL OR lease_until < now()) AND updated_at < now() - interval '5 seconds'`,
        [orgId],
      );
      for (const row of stalled) {
        const job: ImportJob = {
          orgId,
          importId: row.id,
          phase: row.status === 'validating' ? 'validate' : 'import',
        };
        await this.jobs.send(manager, CANDIDATE_IMPORT_QUEUE, job);
      }
      return stalled.length;
    });
  }

  /** An import uploaded as one text before files were stored as rows: its rows are stored now, once. */
  private stageStoredText(job: ImportJob, content: string): Promise<void> {
    return this.inTenant(job.orgId, async (manager) => {
      await manager.query('DELETE FROM candidate_import_rows WHERE organization_id = $1 AND import_id = $2', [
        job.orgId,
        job.importId,
      ]);
      await stageCsvRows(manager, job.orgId, job.importId, [content], 'content');
      await manager.query(
        'UPDATE candidate_imports SET content = NULL WHERE organization_id = $1 AND id = $2',
        [job.orgId, job.importId],
      );
    });
  }

  private async validate(job: ImportJob, state: ImportState): Promise<void> {
    const { mapping, updateExisting, totalRows } = state;
    let checked = state.checkedRows;
    while (checked < totalRows) {
      const from = checked;
      const moved = await this.inTenant(job.orgId, async (manager) => {
        const stored: { ordinal: number; line: number; cells: string[] }[] = await manager.query(
          `SELECT ordinal, line, cells FROM candidate_import_rows
            WHERE organization_id = $1 AND import_id = $2 AND ordinal > $3 ORDER BY ordinal LIMIT $4`,
          [job.orgId, job.importId, from, CHECK_BATCH_ROWS],
        );
        if (!stored.length) throw new Error(`Import ${job.importId} has fewer rows than it counted`);
        const read = stored.map((row) => ({ ...row, ...readCandidateRow(row.cells, mapping) }));
        const directory = await batchDirectory(manager, job, from, read);
        const rows = read.map((row) => checkRow(row, directory, mapping, updateExisting));
        const to = stored[stored.length - 1].ordinal;
        await writeChecks(manager, job, rows);
        const created = rows.filter((row) => row.outcome === 'create');
        const final = to >= totalRows;
        const [advanced]: [unknown[], number] = await manager.query(
          `UPDATE candidate_imports SET checked_rows = $4, valid_rows = valid_rows + $5,
                  issue_count = issue_count + $6, unassigned_rows = unassigned_rows + $7,
                  update_rows = update_rows + $8,
                  status = CASE WHEN $9 THEN 'validated' ELSE status END,
                  lease_until = CASE WHEN $9 THEN NULL ELSE now() + make_interval(secs => ${IMPORT_LEASE_SECONDS}) END,
                  version = version + CASE WHEN $9 THEN 1 ELSE 0 END, updated_at = now()
            WHERE organization_id = $1 AND id = $2 AND checked_rows = $3 AND status = 'validating' RETURNING id`,
          [
            job.orgId,
            job.importId,
            from,
            to,
            created.length,
            rows.filter((row) => row.outcome === 'issue').length,
            created.filter((row) => !row.row!.recruiterEmail).length,
            rows.filter((row) => row.outcome === 'update').length,
            final,
          ],
        );
        // Someone else moved this dry run on (or a new mapping restarted it): this batch must not stick.
        if (!advanced.length) throw new Error(`Import ${job.importId} moved on under this worker`);
        return to;
      });
      checked = moved;
    }
  }

  private async import(job: ImportJob, state: ImportState): Promise<void> {
    const { mapping, totalRows, defaultRecruiter } = state;
    let done = state.processedRows;
    let batches = 0;
    while (done < totalRows) {
      const from = done;
      const size = Math.min(IMPORT_BATCH_ROWS, totalRows - from);
      const final = from + size >= totalRows;
      const { created, updated } = await this.inTenant(job.orgId, async (manager) => {
        // One import at a time writes an organization's candidates, so two never add the same email.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('candidates:' || $1, 0))`, [
          job.orgId,
        ]);
        // The rows the dry run passed, checked again against the organization as it is now: an email
        // that became a candidate or a member meanwhile, or a recruiter who left, keeps the row out.
        const [{ created }]: { created: number }[] = await manager.query(
          `WITH fresh AS (
             SELECT DISTINCT ON (s.email) s.ordinal, s.name, s.email, s.phone, s.target_roles, s.locations, s.tags,
                    coalesce(s.recruiter_membership_id, $5::uuid) AS coach
               FROM candidate_import_rows s
              WHERE s.organization_id = $1 AND s.import_id = $2 AND s.ordinal > $3 AND s.ordinal <= $3 + $4
                AND s.outcome = 'create'
                AND NOT EXISTS (SELECT 1 FROM clients c WHERE c.organization_id = $1 AND lower(c.email) = s.email)
                AND NOT EXISTS (SELECT 1 FROM memberships m JOIN users u ON u.id = m.user_id
                                 WHERE m.organization_id = $1 AND m.status = 'active' AND lower(u.email) = s.email)
                AND (s.recruiter_membership_id IS NULL OR EXISTS (
                      SELECT 1 FROM memberships m WHERE m.organization_id = $1 AND m.id = s.recruiter_membership_id
                         AND m.status = 'active' AND m.role <> 'client'))
              ORDER BY s.email, s.ordinal
           ), created AS (
             INSERT INTO clients (organization_id, name, email, phone, target_roles, locations, tags, import_id)
             SELECT $1, f.name, f.email, f.phone, f.target_roles, f.locations, f.tags, $2 FROM fresh f ORDER BY f.ordinal
             RETURNING id, email
           ), assigned AS (
             INSERT INTO coach_assignments (organization_id, coach_membership_id, client_id, is_primary)
             SELECT $1, f.coach, c.id, true FROM created c JOIN fresh f ON f.email = c.email WHERE f.coach IS NOT NULL
           )
           SELECT count(*)::int AS created FROM created`,
          [job.orgId, job.importId, from, size, defaultRecruiter],
        );
        // Only the fields the file has a column for: a column left out keeps what the candidate has.
        const [, updated]: [unknown[], number] = await manager.query(
          `UPDATE clients c SET
                  name = CASE WHEN $5 THEN s.name ELSE c.name END,
                  phone = CASE WHEN $6 THEN s.phone ELSE c.phone END,
                  target_roles = CASE WHEN $7 THEN s.target_roles ELSE c.target_roles END,
                  locations = CASE WHEN $8 THEN s.locations ELSE c.locations END,
                  tags = CASE WHEN $9 THEN s.tags ELSE c.tags END,
                  version = c.version + 1, updated_at = now()
             FROM candidate_import_rows s
            WHERE s.organization_id = $1 AND s.import_id = $2 AND s.ordinal > $3 AND s.ordinal <= $3 + $4
              AND s.outcome = 'update' AND c.organization_id = $1 AND c.id = s.existing_client_id
              AND (($5 AND c.name IS DISTINCT FROM s.name)
                OR ($6 AND coalesce(c.phone, '') IS DISTINCT FROM coalesce(s.phone, ''))
                OR ($7 AND c.target_roles IS DISTINCT FROM s.target_roles)
                OR ($8 AND c.locations IS DISTINCT FROM s.locations)
                OR ($9 AND c.tags IS DISTINCT FROM s.tags))`,
          [
            job.orgId,
            job.importId,
            from,
            size,
            mapping.name !== undefined,
            mapping.phone !== undefined,
            mapping.targetRoles !== undefined,
            mapping.locations !== undefined,
            mapping.tags !== undefined,
          ],
        );
        const [moved]: [unknown[], number] = await manager.query(
          `UPDATE candidate_imports SET processed_rows = processed_rows + $4, created_count = created_count + $5,
                  skipped_count = skipped_count + $6, updated_count = updated_count + $8,
                  status = CASE WHEN $7 THEN 'completed' ELSE status END,
                  finished_at = CASE WHEN $7 THEN now() END,
                  lease_until = CASE WHEN $7 THEN NULL ELSE now() + make_interval(secs => ${IMPORT_LEASE_SECONDS}) END,
                  version = version + CASE WHEN $7 THEN 1 ELSE 0 END, updated_at = now()
            WHERE organization_id = $1 AND id = $2 AND processed_rows = $3 RETURNING id`,
          [job.orgId, job.importId, from, size, created, size - created - updated, final, updated],
        );
        // Someone else moved this import on: this run's writes must not stick.
        if (!moved.length) throw new Error(`Import ${job.importId} moved on under this worker`);
        if (final) await this.afterImport(manager, job);
        return { created, updated };
      });
      done += size;
      batches += 1;
      importedRows.inc({ outcome: 'created' }, created);
      importedRows.inc({ outcome: 'skipped' }, size - created - updated);
      if (!final && batches % STATISTICS_EVERY_BATCHES === 1) {
        await this.inTenant(job.orgId, (manager) => manager.query('SELECT refresh_candidate_statistics()'));
      }
    }
  }

  /** The person who started the import hears that it is done, once however often this runs. */
  private announceFinished(job: ImportJob): Promise<number> {
    return inTenant(this.dataSource, job.orgId, async (db, manager) => {
      const [done]: { userId: string; fileName: string; created: number; skipped: number }[] =
        await manager.query(
          `SELECT created_by_user_id AS "userId", file_name AS "fileName", created_count AS created, skipped_count AS skipped
           FROM candidate_imports WHERE organization_id = $1 AND id = $2 AND status = 'completed'`,
          [job.orgId, job.importId],
        );
      if (!done) return 0;
      return this.notifications.publish(db, job.orgId, {
        kind: 'import_finished',
        audience: { users: [done.userId] },
        actorUserId: null,
        title: 'Your candidate import is finished',
        body: `${done.fileName}: ${done.created} added, ${done.skipped} skipped`,
        link: `/agency/imports/${job.importId}`,
        key: `import-finished:${job.importId}`,
      });
    });
  }

  /** Invitations go out through their own throttled queue once the candidates are in. */
  private async afterImport(manager: EntityManager, job: ImportJob): Promise<void> {
    const [importRow]: { invite: boolean; createdBy: string }[] = await manager.query(
      `SELECT invite, created_by_user_id AS "createdBy" FROM candidate_imports WHERE organization_id = $1 AND id = $2`,
      [job.orgId, job.importId],
    );
    if (!importRow.invite) return;
    const invitations: InvitationJob = {
      orgId: job.orgId,
      invitedByUserId: importRow.createdBy,
      mode: 'invite',
      importId: job.importId,
    };
    await this.jobs.send(manager, CANDIDATE_INVITATIONS_QUEUE, invitations);
  }

  private inTenant<T>(orgId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTenant(this.dataSource, orgId, (_db, manager) => work(manager));
  }
}

/**
 * Looks up, for one batch, only what its rows name: the members and candidates with their emails, the
 * recruiters they name, and the first earlier line of the file with each email.
 */
async function batchDirectory(
  manager: EntityManager,
  job: ImportJob,
  before: number,
  rows: { row: CandidateRow | null }[],
): Promise<BatchDirectory> {
  const emails = [...new Set(rows.flatMap(({ row }) => (row ? [row.email] : [])))];
  const people = [
    ...new Set([...emails, ...rows.flatMap(({ row }) => (row?.recruiterEmail ? [row.recruiterEmail] : []))]),
  ];
  const members: { email: string; id: string; role: string }[] = await manager.query(
    `SELECT lower(u.email) AS email, m.id, m.role FROM users u JOIN memberships m ON m.user_id = u.id
      WHERE lower(u.email) = ANY($2::text[]) AND m.organization_id = $1 AND m.status = 'active'`,
    [job.orgId, people],
  );
  const candidates: (ExistingCandidate & { id: string; email: string })[] = await manager.query(
    `SELECT id, lower(email) AS email, name, phone, target_roles AS "targetRoles", locations, tags
       FROM clients WHERE organization_id = $1 AND lower(email) = ANY($2::text[])`,
    [job.orgId, emails],
  );
  const earlier: { email: string; line: number }[] = await manager.query(
    `SELECT email, min(line) AS line FROM candidate_import_rows
      WHERE organization_id = $1 AND import_id = $2 AND email = ANY($3::text[]) AND ordinal <= $4
      GROUP BY email`,
    [job.orgId, job.importId, emails, before],
  );
  const memberEmails = new Set(emails);
  return {
    members: new Set(members.filter((m) => memberEmails.has(m.email)).map((m) => m.email)),
    candidates: new Map(candidates.map(({ email, ...candidate }) => [email, candidate])),
    recruiters: new Map(members.filter((m) => m.role !== 'client').map((m) => [m.email, m.id])),
    firstLineOf: new Map(earlier.map((row) => [row.email, row.line])),
  };
}

/** What would keep one row out: its own faults, then the file's and the organization's. */
function checkRow(
  {
    ordinal,
    line,
    row,
    issues,
  }: { ordinal: number; line: number; row: CandidateRow | null; issues: ImportIssue[] },
  directory: BatchDirectory,
  mapping: ColumnMapping,
  updateExisting: boolean,
): CheckedRow {
  let existing: { id: string; changed: boolean } | undefined;
  if (row) {
    const first = directory.firstLineOf.get(row.email);
    if (first !== undefined) {
      issues.push({
        field: 'email',
        code: 'duplicate_in_file',
        message: `${row.email} is also on line ${first}.`,
      });
    } else {
      directory.firstLineOf.set(row.email, line);
      if (directory.members.has(row.email)) {
        issues.push({ field: 'email', code: 'already_member', message: `${row.email} is already a member.` });
      } else if (directory.candidates.has(row.email)) {
        const candidate = directory.candidates.get(row.email)!;
        if (updateExisting) {
          existing = { id: candidate.id, changed: candidateChanges(candidate, row, mapping).length > 0 };
        } else {
          issues.push({
            field: 'email',
            code: 'already_candidate',
            message: `${row.email} is already a candidate (choose “update existing candidates” to update them).`,
          });
        }
      }
    }
    if (row.recruiterEmail && !directory.recruiters.has(row.recruiterEmail)) {
      issues.push({
        field: 'recruiterEmail',
        code: 'unknown_recruiter',
        message: `No recruiter here has the email ${row.recruiterEmail}.`,
      });
    }
  }
  const outcome: Outcome = issues.length
    ? 'issue'
    : existing
      ? existing.changed
        ? 'update'
        : 'unchanged'
      : 'create';
  return {
    ordinal,
    line,
    row,
    issues,
    outcome,
    recruiterMembershipId: row?.recruiterEmail
      ? (directory.recruiters.get(row.recruiterEmail) ?? null)
      : null,
    existingClientId: existing?.id ?? null,
  };
}

/** Writes what the dry run made of each row beside it, and the problems of the rows it reports. */
async function writeChecks(manager: EntityManager, job: ImportJob, rows: CheckedRow[]): Promise<void> {
  await manager.query(
    `UPDATE candidate_import_rows s SET outcome = r.outcome, email = r.email, name = r.name, phone = r.phone,
            target_roles = r.target_roles, locations = r.locations, tags = r.tags,
            recruiter_membership_id = r.recruiter, existing_client_id = r.existing
       FROM jsonb_to_recordset($3::jsonb) AS r (ordinal integer, outcome text, email text, name text, phone text,
            target_roles text[], locations text[], tags text[], recruiter uuid, existing uuid)
      WHERE s.organization_id = $1 AND s.import_id = $2 AND s.ordinal = r.ordinal`,
    [
      job.orgId,
      job.importId,
      JSON.stringify(
        rows.map(({ ordinal, outcome, row, recruiterMembershipId, existingClientId }) => ({
          ordinal,
          outcome,
          email: row?.email ?? null,
          ...(outcome === 'issue' || !row
            ? {}
            : {
                name: row.name,
                phone: row.phone,
                target_roles: row.targetRoles,
                locations: row.locations,
                tags: row.tags,
                recruiter: recruiterMembershipId,
                existing: existingClientId,
              }),
        })),
      ),
    ],
  );
  const issues = rows.flatMap((row) => row.issues.map((issue) => ({ ...issue, line: row.line })));
  if (!issues.length) return;
  await manager.query(
    `INSERT INTO candidate_import_issues (organization_id, import_id, line, field, code, message)
     SELECT $1, $2, * FROM unnest($3::int[], $4::text[], $5::text[], $6::text[])
     ON CONFLICT (organization_id, import_id, line, field, code) DO NOTHING`,
    [
      job.orgId,
      job.importId,
      issues.map((i) => i.line),
      issues.map((i) => i.field),
      issues.map((i) => i.code),
      issues.map((i) => i.message),
    ],
  );
}
