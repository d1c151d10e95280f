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
import {
  CANDIDATE_IMPORT_QUEUE,
  CANDIDATE_INVITATIONS_QUEUE,
} from '../../database/migrations/1764160000000-agency.js';
import { csvRecords } from './csv-records.js';
import type { ImportJob } from './candidate-import.service.js';
import type { InvitationJob } from './candidate-invitation.processor.js';
import { SeatSyncService } from '../billing/seat-sync.service.js';
import { JobSender } from './job-sender.js';
import { importedRows } from '../../observability/metrics.js';

/** Rows written per transaction: progress moves in steps of this size, and a crash loses at most one. */
export const IMPORT_BATCH_ROWS = 500;
/** Planner statistics are refreshed after the first batch and then every this many. */
export const STATISTICS_EVERY_BATCHES = 8;
/** A worker holds an import this long after its last batch; a crashed worker's import is free again after it. */
export const IMPORT_LEASE_SECONDS = 10;

interface CheckedRow {
  line: number;
  row: CandidateRow | null;
  issues: ImportIssue[];
  /** Set when the row's email is a candidate already and the import updates existing candidates. */
  existing?: { id: string; changed: boolean };
}

interface Directory {
  members: Set<string>;
  /** The organization's candidates by lowercased email, with the fields an import may update. */
  candidates: Map<string, ExistingCandidate & { id: string }>;
  recruiters: Map<string, string>;
}

interface ImportState {
  content: string;
  mapping: ColumnMapping;
  processedRows: number;
  defaultRecruiter: string | null;
  updateExisting: boolean;
}

/**
 * The worker's side of a candidate import. The dry run streams the file and reports every row that would
 * not import; the import streams it again, re-checks each row against the database as it is now, and
 * writes the good ones in batches. Each batch commits with the count of rows done, so a crashed import
 * resumes after the last committed batch, and a candidate whose email is already there is skipped: running
 * an import twice, or the same file twice, creates nobody twice.
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
          RETURNING content, mapping, processed_rows AS "processedRows",
                    default_recruiter_membership_id AS "defaultRecruiter", update_existing AS "updateExisting"`,
        [job.orgId, job.importId, job.phase === 'validate' ? 'validating' : 'importing'],
      ),
    );
    // An UPDATE answers [rows, affected count].
    const [[state]] = claimed as [[ImportState?], number];
    // Done already, or another worker holds it (and will finish it).
    if (!state) return;
    try {
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

  private async validate(job: ImportJob, state: ImportState): Promise<void> {
    const directory = await this.directory(job.orgId);
    let batch: CheckedRow[] = [];
    let checked = 0;
    let valid = 0;
    let unassigned = 0;
    let updates = 0;
    const flush = async (final: boolean) => {
      const issues = batch.flatMap((row) => row.issues.map((issue) => ({ ...issue, line: row.line })));
      const created = batch.filter((row) => row.row && !row.existing);
      checked += batch.length;
      valid += created.length;
      unassigned += created.filter((row) => !row.row!.recruiterEmail).length;
      updates += batch.filter((row) => row.existing?.changed).length;
      batch = [];
      await this.inTenant(job.orgId, async (manager) => {
        if (issues.length) {
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
        await manager.query(
          `UPDATE candidate_imports SET checked_rows = $3, valid_rows = $4, unassigned_rows = $6, update_rows = $7,
                  issue_count = (SELECT count(DISTINCT line) FROM candidate_import_issues WHERE organization_id = $1 AND import_id = $2),
                  status = CASE WHEN $5 THEN 'validated' ELSE status END,
                  lease_until = CASE WHEN $5 THEN NULL ELSE now() + make_interval(secs => ${IMPORT_LEASE_SECONDS}) END,
                  version = version + CASE WHEN $5 THEN 1 ELSE 0 END, updated_at = now()
            WHERE organization_id = $1 AND id = $2`,
          [job.orgId, job.importId, checked, valid, final, unassigned, updates],
        );
      });
    };
    for await (const checkedRow of checkRows(state, directory)) {
      batch.push(checkedRow);
      if (batch.length === IMPORT_BATCH_ROWS) await flush(false);
    }
    await flush(true);
  }

  private async import(job: ImportJob, state: ImportState): Promise<void> {
    const { mapping, processedRows: alreadyDone, defaultRecruiter } = state;
    const directory = await this.directory(job.orgId);
    let batch: CheckedRow[] = [];
    let done = alreadyDone;
    let seen = 0;
    let batches = 0;
    const flush = async (final: boolean) => {
      const rows = batch.filter((checked) => checked.row && !checked.existing).map((checked) => checked.row!);
      const changes = batch.filter((checked) => checked.existing?.changed);
      const size = batch.length;
      batch = [];
      const createdCount = await this.inTenant(job.orgId, async (manager) => {
        // One import at a time writes an organization's candidates, so two never add the same email.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('candidates:' || $1, 0))`, [
          job.orgId,
        ]);
        const created: { id: string; email: string }[] = rows.length
          ? await manager.query(
              `INSERT INTO clients (organization_id, name, email, phone, target_roles, locations, tags, import_id)
               SELECT $1, r.name, r.email, r.phone, r.target_roles, r.locations, r.tags, $2
                 FROM jsonb_to_recordset($3::jsonb)
                      AS r (name text, email text, phone text, target_roles text[], locations text[], tags text[])
                WHERE NOT EXISTS (SELECT 1 FROM clients c WHERE c.organization_id = $1 AND lower(c.email) = r.email)
               RETURNING id, email`,
              [
                job.orgId,
                job.importId,
                JSON.stringify(
                  rows.map((row) => ({
                    name: row.name,
                    email: row.email,
                    phone: row.phone,
                    target_roles: row.targetRoles,
                    locations: row.locations,
                    tags: row.tags,
                  })),
                ),
              ],
            )
          : [];
        const recruiterOf = new Map(rows.map((row) => [row.email, row.recruiterEmail]));
        const assignments = created
          .map((client) => ({
            client: client.id,
            coach: recruiterOf.get(client.email)
              ? directory.recruiters.get(recruiterOf.get(client.email)!)
              : (defaultRecruiter ?? undefined),
          }))
          .filter((pair): pair is { client: string; coach: string } => !!pair.coach);
        if (assignments.length) {
          await manager.query(
            `INSERT INTO coach_assignments (organization_id, coach_membership_id, client_id, is_primary)
             SELECT $1, coach, client, true FROM unnest($2::uuid[], $3::uuid[]) AS a (coach, client)`,
            [job.orgId, assignments.map((a) => a.coach), assignments.map((a) => a.client)],
          );
        }
        const [, updated]: [unknown[], number] = changes.length
          ? await manager.query(
              // Only the fields the file has a column for: a column left out keeps what the candidate has.
              `UPDATE clients c SET
                      name = CASE WHEN $3 THEN r.name ELSE c.name END,
                      phone = CASE WHEN $4 THEN r.phone ELSE c.phone END,
                      target_roles = CASE WHEN $5 THEN r.target_roles ELSE c.target_roles END,
                      locations = CASE WHEN $6 THEN r.locations ELSE c.locations END,
                      tags = CASE WHEN $7 THEN r.tags ELSE c.tags END,
                      version = c.version + 1, updated_at = now()
                 FROM jsonb_to_recordset($2::jsonb)
                      AS r (id uuid, name text, phone text, target_roles text[], locations text[], tags text[])
                WHERE c.organization_id = $1 AND c.id = r.id`,
              [
                job.orgId,
                JSON.stringify(
                  changes.map(({ row, existing }) => ({
                    id: existing!.id,
                    name: row!.name,
                    phone: row!.phone,
                    target_roles: row!.targetRoles,
                    locations: row!.locations,
                    tags: row!.tags,
                  })),
                ),
                mapping.name !== undefined,
                mapping.phone !== undefined,
                mapping.targetRoles !== undefined,
                mapping.locations !== undefined,
                mapping.tags !== undefined,
              ],
            )
          : [[], 0];
        const [moved]: [unknown[], number] = await manager.query(
          `UPDATE candidate_imports SET processed_rows = processed_rows + $4, created_count = created_count + $5,
                  skipped_count = skipped_count + $6, updated_count = updated_count + $8,
                  status = CASE WHEN $7 THEN 'completed' ELSE status END,
                  finished_at = CASE WHEN $7 THEN now() END,
                  lease_until = CASE WHEN $7 THEN NULL ELSE now() + make_interval(secs => ${IMPORT_LEASE_SECONDS}) END,
                  version = version + CASE WHEN $7 THEN 1 ELSE 0 END, updated_at = now()
            WHERE organization_id = $1 AND id = $2 AND processed_rows = $3 RETURNING id`,
          [
            job.orgId,
            job.importId,
            done,
            size,
            created.length,
            size - created.length - updated,
            final,
            updated,
          ],
        );
        // Someone else moved this import on: this run's writes must not stick.
        if (!moved.length) throw new Error(`Import ${job.importId} moved on under this worker`);
        if (final) await this.afterImport(manager, job);
        return created.length;
      });
      done += size;
      batches += 1;
      importedRows.inc({ outcome: 'created' }, createdCount);
      importedRows.inc({ outcome: 'skipped' }, size - createdCount);
      if (!final && batches % STATISTICS_EVERY_BATCHES === 1) {
        await this.inTenant(job.orgId, (manager) => manager.query('SELECT refresh_candidate_statistics()'));
      }
    };
    for await (const checkedRow of checkRows(state, directory)) {
      seen += 1;
      if (seen <= alreadyDone) continue;
      batch.push(checkedRow);
      if (batch.length === IMPORT_BATCH_ROWS) await flush(false);
    }
    await flush(true);
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

  private async directory(orgId: string): Promise<Directory> {
    return this.inTenant(orgId, async (manager) => {
      const members: { email: string; id: string; role: string }[] = await manager.query(
        `SELECT lower(u.email) AS email, m.id, m.role FROM memberships m JOIN users u ON u.id = m.user_id
          WHERE m.organization_id = $1 AND m.status = 'active'`,
        [orgId],
      );
      const candidates: (ExistingCandidate & { id: string; email: string })[] = await manager.query(
        `SELECT id, lower(email) AS email, name, phone, target_roles AS "targetRoles", locations, tags
           FROM clients WHERE organization_id = $1 AND email IS NOT NULL`,
        [orgId],
      );
      return {
        members: new Set(members.map((m) => m.email)),
        candidates: new Map(candidates.map(({ email, ...candidate }) => [email, candidate])),
        recruiters: new Map(members.filter((m) => m.role !== 'client').map((m) => [m.email, m.id])),
      };
    });
  }

  private inTenant<T>(orgId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTenant(this.dataSource, orgId, (_db, manager) => work(manager));
  }
}

/** Every data row with what would keep it out: its own faults, then the file's and the organization's. */
async function* checkRows(
  { content, mapping, updateExisting }: Pick<ImportState, 'content' | 'mapping' | 'updateExisting'>,
  directory: Directory,
): AsyncGenerator<CheckedRow> {
  const firstLineOf = new Map<string, number>();
  let header = true;
  for await (const record of csvRecords(content)) {
    if (header) {
      header = false;
      continue;
    }
    const { row, issues } = readCandidateRow(record.cells, mapping);
    let existing: CheckedRow['existing'];
    if (row) {
      const first = firstLineOf.get(row.email);
      if (first !== undefined) {
        issues.push({
          field: 'email',
          code: 'duplicate_in_file',
          message: `${row.email} is also on line ${first}.`,
        });
      } else {
        firstLineOf.set(row.email, record.line);
        if (directory.members.has(row.email)) {
          issues.push({
            field: 'email',
            code: 'already_member',
            message: `${row.email} is already a member.`,
          });
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
    yield {
      line: record.line,
      row: issues.length ? null : row,
      issues,
      existing: issues.length ? undefined : existing,
    };
  }
}
