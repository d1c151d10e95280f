import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembershipEntity } from './membership.entity.js';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationResolver } from './organization.resolver.js';
import { OrganizationService } from './organization.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity, MembershipEntity])],
  providers: [OrganizationService, OrganizationResolver],
  exports: [OrganizationService],
})
export class TenancyModule {}
