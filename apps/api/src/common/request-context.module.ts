import { Module } from '@nestjs/common';
import { IdentityModule } from '../modules/identity/identity.module.js';
import { TenancyModule } from '../modules/tenancy/tenancy.module.js';
import { ReadReplica } from '../database/read-replica.js';
import { RequestContextFactory } from './request-context.factory.js';

@Module({
  imports: [IdentityModule, TenancyModule],
  providers: [RequestContextFactory, ReadReplica],
  exports: [RequestContextFactory],
})
export class RequestContextModule {}
