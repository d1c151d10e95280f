import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { AccountResolver } from './account.resolver.js';
import { AccountService } from './account.service.js';
import { AuthAdapterResolver } from './auth-adapter.resolver.js';
import { AuthAdapterService } from './auth-adapter.service.js';
import { AuthenticationService } from './authentication.service.js';
import { RateLimitService } from './rate-limit.service.js';
import { OrganizationSecurityService } from './organization-security.service.js';
import { SessionService } from './session.service.js';
import { SignInService } from './sign-in.service.js';
import { TwoFactorCrypto } from './two-factor-crypto.js';
import { TwoFactorResolver } from './two-factor.resolver.js';
import { TwoFactorService } from './two-factor.service.js';
import { UserEntity } from './user.entity.js';
import { UserService } from './user.service.js';
import { ViewerResolver } from './viewer.resolver.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), NotificationsModule, TenancyModule],
  providers: [
    AccountResolver,
    AccountService,
    AuthAdapterResolver,
    AuthAdapterService,
    AuthenticationService,
    RateLimitService,
    SessionService,
    UserService,
    ViewerResolver,
    SignInService,
    TwoFactorCrypto,
    TwoFactorService,
    TwoFactorResolver,
    OrganizationSecurityService,
  ],
  exports: [
    AuthenticationService,
    SessionService,
    SignInService,
    AccountService,
    RateLimitService,
    UserService,
  ],
})
export class IdentityModule {}
