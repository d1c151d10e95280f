import { Module } from '@nestjs/common';
import { IdentityModule } from '../modules/identity/identity.module.js';
import { TenancyModule } from '../modules/tenancy/tenancy.module.js';
import { RequestContextFactory } from './request-context.factory.js';

@Module({
  imports: [IdentityModule, TenancyModule],
  providers: [RequestContextFactory],
  exports: [RequestContextFactory],
})
export class RequestContextModule {}
