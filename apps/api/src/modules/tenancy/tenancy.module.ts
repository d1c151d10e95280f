import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BillingModule } from '../billing/billing.module.js';
import { MemberResolver } from './member.resolver.js';
import { MemberService } from './member.service.js';
import { MembershipEntity } from './membership.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationResolver } from './organization.resolver.js';
import { OrganizationService } from './organization.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, MembershipEntity]), BillingModule],
  providers: [OrganizationService, OrganizationResolver, MemberService, MemberResolver],
  exports: [OrganizationService],
})
export class TenancyModule {}
