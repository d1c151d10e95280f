import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Service, SignedIn } from '../../common/access.decorators.js';
import type { GraphQLContext } from '../../common/request-context.js';
import { AccountService } from './account.service.js';
import { EmailInput, ResetPasswordInput, SignInInput, SignUpInput } from './dto/account.types.js';
import { AuthSession } from './dto/auth.types.js';
import { SignInResult } from './dto/two-factor.types.js';
import { SessionService } from './session.service.js';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
  ) {}

  @Service()
  @Mutation(() => Boolean, {
    description:
      'Emails a link that finishes the account (or, when the address already has one, a note saying so); ' +
      'always answers true.',
  })
  signUp(@Context() ctx: GraphQLContext, @Args('input') input: SignUpInput): Promise<boolean> {
    return this.accounts.signUp(ctx, input);
  }

  @Service()
  @Mutation(() => AuthSession, {
    description: 'The emailed sign-up link: a new user with their organization, as its owner; signs them in.',
  })
  confirmSignUp(@Context() ctx: GraphQLContext, @Args('token') token: string): Promise<AuthSession> {
    return this.accounts.confirmSignUp(ctx, token);
  }

  @Service()
  @Mutation(() => SignInResult, {
    description:
      'Email and password: a session, or a two-factor challenge for a user with two-factor sign-in on. ' +
      'RATE_LIMITED after repeated failures.',
  })
  signIn(@Context() ctx: GraphQLContext, @Args('input') input: SignInInput): Promise<SignInResult> {
    return this.accounts.signIn(ctx, input);
  }

  @Service()
  @Mutation(() => Boolean, {
    description: 'Emails a reset link when the account exists; always answers true.',
  })
  requestPasswordReset(@Context() ctx: GraphQLContext, @Args('input') input: EmailInput): Promise<boolean> {
    return this.accounts.requestPasswordReset(ctx, input.email);
  }

  @Service()
  @Mutation(() => Boolean, {
    description: 'Sets a new password from a reset link and signs out every session.',
  })
  resetPassword(@Context() ctx: GraphQLContext, @Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.accounts.resetPassword(ctx, input);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends the current session.' })
  async signOut(@Context() ctx: GraphQLContext): Promise<boolean> {
    await this.sessions.revoke(ctx.db, ctx.viewer!.sessionId);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in user, on every device.' })
  async signOutEverywhere(@Context() ctx: GraphQLContext): Promise<boolean> {
    await this.sessions.revokeAll(ctx.db, ctx.viewer!.userId);
    return true;
  }
}
