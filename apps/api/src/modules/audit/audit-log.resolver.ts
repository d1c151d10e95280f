import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { MANAGER_ROLES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import type { Connection } from '../../common/pagination.js';
import type { ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { AuditLogService } from './audit-log.service.js';
import { AuditLogEntry, AuditLogEntryConnection, AuditLogFilterInput } from './dto/audit-log.types.js';

@Resolver(() => AuditLogEntry)
export class AuditLogResolver {
  constructor(private readonly auditLogService: AuditLogService) {}

  @Roles(...MANAGER_ROLES)
  @Query(() => AuditLogEntryConnection, {
    description: 'Who did what in the organization, newest first (owners and admins).',
  })
  auditLog(
    @Member() ctx: ServiceContext,
    @Args('filter', { type: () => AuditLogFilterInput, nullable: true }) filter?: AuditLogFilterInput,
    @Args('first', { type: () => Int, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditLogEntry>> {
    return this.auditLogService.list(ctx, filter, first ?? 50, after);
  }

  @Roles(...MANAGER_ROLES)
  @Query(() => Int, { description: 'How many days the audit log keeps its entries (AUDIT_RETENTION_DAYS).' })
  auditLogRetentionDays(): number {
    return this.auditLogService.retentionDays;
  }

  @Roles(...MANAGER_ROLES)
  @Query(() => String, {
    description: 'The filtered audit log as CSV text (times in UTC). The export is itself recorded.',
  })
  auditLogCsv(
    @Member() ctx: ServiceContext,
    @Args('filter', { type: () => AuditLogFilterInput, nullable: true }) filter?: AuditLogFilterInput,
  ): Promise<string> {
    return this.auditLogService.exportCsv(ctx, filter);
  }
}
