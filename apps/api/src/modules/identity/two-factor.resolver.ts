import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, Service, SignedIn } from '../../common/access.decorators.js';
import type { GraphQLContext, ServiceContext } from '../../common/request-context.js';
import { Member } from '../../common/member.decorator.js';
import { AuthSession } from './dto/auth.types.js';
import {
  CompleteTwoFactorSignInInput,
  DisableTwoFactorInput,
  SetStaffTwoFactorRequirementInput,
  TwoFactorCodeInput,
} from './dto/two-factor.types.js';
import {
  OrganizationSecurity,
  RecoveryCodes,
  TwoFactorEnrolment,
  TwoFactorStatus,
} from './dto/two-factor.types.js';
import { OrganizationSecurityService } from './organization-security.service.js';
import { SignInService } from './sign-in.service.js';
import { TwoFactorService, type TwoFactorOwner } from './two-factor.service.js';

function ownerOf(ctx: GraphQLContext): TwoFactorOwner {
  return { db: ctx.db, userId: ctx.viewer!.userId, clientIp: ctx.clientIp };
}

/** Two-factor sign-in: a person's own set-up, the second step of signing in, an organization's rule. */
@Resolver()
export class TwoFactorResolver {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly signIns: SignInService,
    private readonly security: OrganizationSecurityService,
  ) {}

  @SignedIn()
  @Query(() => TwoFactorStatus, { description: "The viewer's two-factor sign-in." })
  twoFactorStatus(@Context() ctx: GraphQLContext): Promise<TwoFactorStatus> {
    return this.twoFactor.status(ctx.db, ctx.viewer!.userId);
  }

  @SignedIn()
  @Mutation(() => TwoFactorEnrolment, {
    description:
      'A new secret for an authenticator app; on once confirmTwoFactorEnrolment gets a code from it.',
  })
  startTwoFactorEnrolment(@Context() ctx: GraphQLContext): Promise<TwoFactorEnrolment> {
    return this.twoFactor.startEnrolment(ownerOf(ctx));
  }

  @SignedIn()
  @Mutation(() => RecoveryCodes, {
    description:
      'Turns two-factor sign-in on with a first code from the app; answers the recovery codes once.',
  })
  confirmTwoFactorEnrolment(
    @Context() ctx: GraphQLContext,
    @Args('input') input: TwoFactorCodeInput,
  ): Promise<RecoveryCodes> {
    return this.twoFactor.confirmEnrolment(ownerOf(ctx), input.code);
  }

  @SignedIn()
  @Mutation(() => RecoveryCodes, {
    description: 'New recovery codes for a current code; the old ones stop working.',
  })
  regenerateRecoveryCodes(
    @Context() ctx: GraphQLContext,
    @Args('input') input: TwoFactorCodeInput,
  ): Promise<RecoveryCodes> {
    return this.twoFactor.regenerateRecoveryCodes(ownerOf(ctx), input.code);
  }

  @SignedIn()
  @Mutation(() => TwoFactorStatus, {
    description: 'Turns two-factor sign-in off, for a current code or the password.',
  })
  disableTwoFactor(
    @Context() ctx: GraphQLContext,
    @Args('input') input: DisableTwoFactorInput,
  ): Promise<TwoFactorStatus> {
    return this.twoFactor.disable(ownerOf(ctx), input);
  }

  @Service()
  @Mutation(() => AuthSession, {
    description:
      'The second step of a sign-in: a code from the app or a recovery code. RATE_LIMITED as signIn.',
  })
  completeTwoFactorSignIn(
    @Context() ctx: GraphQLContext,
    @Args('input') input: CompleteTwoFactorSignInInput,
  ): Promise<AuthSession> {
    return this.signIns.completeWithSecondFactor(ctx, input);
  }

  @Roles('owner')
  @Query(() => OrganizationSecurity, { description: "The organization's sign-in rules (owners)." })
  organizationSecurity(@Member() ctx: ServiceContext): Promise<OrganizationSecurity> {
    return this.security.get(ctx);
  }

  @Roles('owner')
  @Mutation(() => OrganizationSecurity, {
    description:
      'Requires (or stops requiring) two-factor sign-in of owners, admins and coaches. Turning it on ' +
      'needs the owner to have it on already.',
  })
  setStaffTwoFactorRequirement(
    @Member() ctx: ServiceContext,
    @Args('input') input: SetStaffTwoFactorRequirementInput,
  ): Promise<OrganizationSecurity> {
    return this.security.setStaffRequirement(ctx, input.required);
  }
}
