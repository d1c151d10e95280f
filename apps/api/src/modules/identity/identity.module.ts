import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from './user.entity.js';
import { UserService } from './user.service.js';
import { ViewerResolver } from './viewer.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  providers: [UserService, ViewerResolver],
  exports: [UserService],
})
export class IdentityModule {}
