import { Global, Module } from '@nestjs/common';
import { AuditLogResolver } from './audit-log.resolver.js';
import { AuditLogService } from './audit-log.service.js';

/**
 * The audit log. Global: every bounded context records its own actions through `AuditLogService`,
 * which depends on nothing but the database.
 */
@Global()
@Module({
  providers: [AuditLogService, AuditLogResolver],
  exports: [AuditLogService],
})
export class AuditModule {}
